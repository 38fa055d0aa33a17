<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>GetHelpDialog</name>
    <message numerus="yes">
        <source>Copied %1. You can paste it into your phone or another app. For your privacy, it is cleared from the clipboard after %n seconds.</source>
        <translation>
            <numerusform>Copied %1. You can paste it into your phone or another app. For your privacy, it is cleared from the clipboard after %n second.</numerusform>
            <numerusform>Copied %1. You can paste it into your phone or another app. For your privacy, it is cleared from the clipboard after %n seconds.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>LibraryWidget</name>
    <message numerus="yes">
        <source>%n pages found</source>
        <translation>
            <numerusform>%n page found</numerusform>
            <numerusform>%n pages found</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message numerus="yes">
        <source> minutes</source>
        <comment>after a number</comment>
        <translation>
            <numerusform> minute</numerusform>
            <numerusform> minutes</numerusform>
        </translation>
    </message>
</context>
</TS>
