<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="cy">
<context>
    <name>ChangePassphraseDialog</name>
    <message>
        <source>Change your passphrase</source>
        <translation>Newid eich cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Type the passphrase you use now, then the new one twice. Your recovery key stays the same.</source>
        <translation>Teipiwch y cyfrinymadrodd rydych chi&apos;n ei ddefnyddio nawr, yna&apos;r un newydd ddwywaith. Mae eich allwedd adfer yn aros yr un fath.</translation>
    </message>
    <message>
        <source>Passphrase you use now</source>
        <translation>Y cyfrinymadrodd rydych chi&apos;n ei ddefnyddio nawr</translation>
    </message>
    <message>
        <source>Passphrase you use &amp;now</source>
        <translation>Y cyfrinymadrodd rydych chi&apos;n ei ddefnyddio &amp;nawr</translation>
    </message>
    <message>
        <source>N&amp;ew passphrase</source>
        <translation>Cyfrinymadrodd n&amp;ewydd</translation>
    </message>
    <message>
        <source>Changing your passphrase</source>
        <translation>Wrthi&apos;n newid eich cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Change passphrase</source>
        <translation>Newid cyfrinymadrodd</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Some of the options weren&apos;t recognised (they aren&apos;t shown, in case one is a passphrase). A passphrase is only read from standard input, with --passphrase-stdin. See safetyplan --help.</source>
        <translation>Doedd rhai o&apos;r dewisiadau ddim yn cael eu hadnabod (dydyn nhw ddim yn cael eu dangos, rhag ofn bod un yn gyfrinymadrodd). Mae cyfrinymadrodd yn cael ei ddarllen o&apos;r mewnbwn safonol yn unig, gyda --passphrase-stdin. Gweler safetyplan --help.</translation>
    </message>
    <message>
        <source>The passphrase is empty.</source>
        <translation>Mae&apos;r cyfrinymadrodd yn wag.</translation>
    </message>
    <message>
        <source>Your plan has been created.</source>
        <translation>Mae eich cynllun wedi&apos;i greu.</translation>
    </message>
    <message>
        <source>Your recovery key (write it down and keep it safe; it is shown only once):</source>
        <translation>Eich allwedd adfer (ysgrifennwch hi i lawr a&apos;i chadw&apos;n ddiogel; dim ond unwaith y caiff ei dangos):</translation>
    </message>
    <message>
        <source>Damaged: the plan file failed its checks.</source>
        <translation>Wedi&apos;i difrodi: methodd ffeil y cynllun ei gwiriadau.</translation>
    </message>
    <message>
        <source>Sound: the plan passed every check.</source>
        <translation>Iawn: llwyddodd y cynllun ym mhob gwiriad.</translation>
    </message>
    <message>
        <source>Your plan has been saved.</source>
        <translation>Mae eich cynllun wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>This file is not encrypted: anyone who can open it can read it. Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>Dydy&apos;r ffeil hon ddim wedi&apos;i hamgryptio: gall unrhyw un sy&apos;n gallu ei hagor ei darllen. Cadwch hi rywle preifat, a&apos;i dileu pan nad oes ei hangen arnoch chi mwyach.</translation>
    </message>
    <message>
        <source>There is no section called &quot;{name}&quot;. The sections are: {keys}.</source>
        <translation>Does dim adran o&apos;r enw &quot;{name}&quot;. Yr adrannau yw: {keys}.</translation>
    </message>
    <message>
        <source>--sections, --large-print, --for and --paper are for pdf and card; a json file always holds the whole plan.</source>
        <translation>Mae --sections, --large-print, --for a --paper ar gyfer pdf a card; mae ffeil json bob amser yn dal y cynllun cyfan.</translation>
    </message>
    <message>
        <source>Your plan has been replaced with the one in the file.</source>
        <translation>Mae&apos;r cynllun yn y ffeil wedi cymryd lle eich cynllun.</translation>
    </message>
</context>
<context>
    <name>CreatePassphrasePage</name>
    <message>
        <source>Choose a passphrase</source>
        <translation>Dewiswch gyfrinymadrodd</translation>
    </message>
    <message>
        <source>Your passphrase locks your plan. A few words that mean something to you, but that others wouldn&apos;t guess, work well. You&apos;ll also get a recovery key in case you forget it.</source>
        <translation>Mae eich cyfrinymadrodd yn cloi eich cynllun. Mae ychydig o eiriau sy&apos;n golygu rhywbeth i chi, ond na fyddai pobl eraill yn eu dyfalu, yn gweithio&apos;n dda. Byddwch chi hefyd yn cael allwedd adfer rhag ofn i chi ei anghofio.</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>Cyf&amp;rinymadrodd</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Create my plan</source>
        <translation>Creu fy nghynllun</translation>
    </message>
    <message>
        <source>Setting up your plan</source>
        <translation>Wrthi&apos;n paratoi eich cynllun</translation>
    </message>
    <message>
        <source>Setting up your plan…</source>
        <translation>Wrthi&apos;n paratoi eich cynllun…</translation>
    </message>
</context>
<context>
    <name>CrisisLines</name>
    <message>
        <source>not a readable JSON file</source>
        <translation>nid yw&apos;n ffeil JSON y gellir ei darllen</translation>
    </message>
    <message>
        <source>not a crisis-lines file</source>
        <translation>nid yw&apos;n ffeil llinellau argyfwng</translation>
    </message>
    <message>
        <source>a version this app can&apos;t read</source>
        <translation>fersiwn na all yr ap hwn ei darllen</translation>
    </message>
    <message>
        <source>doesn&apos;t match the file&apos;s name</source>
        <translation>dydy e ddim yn cyfateb i enw&apos;r ffeil</translation>
    </message>
    <message>
        <source>there are no lines</source>
        <translation>does dim llinellau</translation>
    </message>
    <message>
        <source>there is no emergency number</source>
        <translation>does dim rhif argyfwng</translation>
    </message>
    <message>
        <source>not a crisis line entry</source>
        <translation>nid yw&apos;n gofnod llinell argyfwng</translation>
    </message>
    <message>
        <source>missing or empty</source>
        <translation>ar goll neu&apos;n wag</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>rhaid iddo fod yn destun</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>rhaid iddo fod yn true neu false</translation>
    </message>
    <message>
        <source>must be a web address starting https://</source>
        <translation>rhaid iddo fod yn gyfeiriad gwe sy&apos;n dechrau https://</translation>
    </message>
    <message>
        <source>takes neither calls nor texts</source>
        <translation>dydy e ddim yn derbyn galwadau na negeseuon testun</translation>
    </message>
    <message>
        <source>given, but the line doesn&apos;t take texts</source>
        <translation>wedi&apos;i roi, ond dydy&apos;r llinell ddim yn derbyn negeseuon testun</translation>
    </message>
    <message>
        <source>must be a date written YYYY-MM-DD</source>
        <translation>rhaid iddo fod yn ddyddiad ar ffurf BBBB-MM-DD</translation>
    </message>
</context>
<context>
    <name>DetailsPage</name>
    <message>
        <source>Plan details</source>
        <translation>Manylion y cynllun</translation>
    </message>
    <message>
        <source>For example, your key worker</source>
        <translation>Er enghraifft, eich gweithiwr allweddol</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Heddiw</translation>
    </message>
    <message>
        <source>Plan made today</source>
        <translation>Cynllun wedi&apos;i wneud heddiw</translation>
    </message>
    <message>
        <source>d MMMM yyyy</source>
        <comment>how dates are shown (Qt date format)</comment>
        <translation>d MMMM yyyy</translation>
    </message>
    <message>
        <source>Not set yet</source>
        <translation>Heb ei osod eto</translation>
    </message>
    <message>
        <source>These go at the top of your plan when you print it or share it.</source>
        <translation>Mae&apos;r rhain yn mynd ar frig eich cynllun pan fyddwch chi&apos;n ei argraffu neu&apos;n ei rannu.</translation>
    </message>
    <message>
        <source>This is at most 12 months after your plan was made. You can choose a sooner date.</source>
        <translation>Mae hyn 12 mis fan bellaf ar ôl i&apos;ch cynllun gael ei wneud. Gallwch chi ddewis dyddiad cynharach.</translation>
    </message>
</context>
<context>
    <name>Diary</name>
    <message>
        <source>The last month</source>
        <translation>Y mis diwethaf</translation>
    </message>
    <message>
        <source>The last three months</source>
        <translation>Y tri mis diwethaf</translation>
    </message>
    <message>
        <source>The last year</source>
        <translation>Y flwyddyn ddiwethaf</translation>
    </message>
    <message>
        <source>All time</source>
        <translation>Y cyfan</translation>
    </message>
</context>
<context>
    <name>DiaryModel</name>
    <message>
        <source>When</source>
        <translation>Pryd</translation>
    </message>
    <message>
        <source>What I tried</source>
        <translation>Beth wnes i roi cynnig arno</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Cyn</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Wedyn</translation>
    </message>
    <message>
        <source>Did it help?</source>
        <translation>Wnaeth e helpu?</translation>
    </message>
    <message>
        <source>What was happening</source>
        <translation>Beth oedd yn digwydd</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
</context>
<context>
    <name>DiaryWidget</name>
    <message>
        <source>What works for me</source>
        <translation>Beth sy&apos;n gweithio i mi</translation>
    </message>
    <message>
        <source>My &amp;diary</source>
        <translation>Fy &amp;nyddiadur</translation>
    </message>
    <message>
        <source>&amp;What helps</source>
        <translation>Beth sy&apos;n &amp;helpu</translation>
    </message>
    <message>
        <source>&amp;Add an entry</source>
        <translation>&amp;Ychwanegu cofnod</translation>
    </message>
    <message>
        <source>&amp;Change</source>
        <translation>Ne&amp;wid</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>The entry was removed.</source>
        <translation>Cafodd y cofnod ei dynnu.</translation>
    </message>
    <message>
        <source>Nothing here yet. You can add an entry, or use Right now when things get hard.</source>
        <translation>Does dim byd yma eto. Gallwch chi ychwanegu cofnod, neu ddefnyddio Ar hyn o bryd pan fydd pethau&apos;n mynd yn anodd.</translation>
    </message>
    <message>
        <source>My diary</source>
        <translation>Fy nyddiadur</translation>
    </message>
</context>
<context>
    <name>DiaryWords</name>
    <message>
        <source>Yes</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>A bit</source>
        <translation>Ychydig</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Naddo</translation>
    </message>
    <message>
        <source>About the same afterwards</source>
        <translation>Tua&apos;r un fath wedyn</translation>
    </message>
    <message>
        <source>%1 lower afterwards, on average</source>
        <translation>%1 yn is wedyn, ar gyfartaledd</translation>
    </message>
    <message>
        <source>%1 higher afterwards, on average</source>
        <translation>%1 yn uwch wedyn, ar gyfartaledd</translation>
    </message>
    <message>
        <source>about the same</source>
        <translation>tua&apos;r un fath</translation>
    </message>
    <message>
        <source>%1 lower</source>
        <translation>%1 yn is</translation>
    </message>
    <message>
        <source>%1 higher</source>
        <translation>%1 yn uwch</translation>
    </message>
</context>
<context>
    <name>EntryDialog</name>
    <message>
        <source>Change a diary entry</source>
        <translation>Newid cofnod yn y dyddiadur</translation>
    </message>
    <message>
        <source>Add to my diary</source>
        <translation>Ychwanegu at fy nyddiadur</translation>
    </message>
    <message>
        <source>What was happening</source>
        <translation>Beth oedd yn digwydd</translation>
    </message>
    <message>
        <source>What was &amp;happening?</source>
        <translation>Beth oedd yn &amp;digwydd?</translation>
    </message>
    <message>
        <source>Urge or distress before, 0 to 10</source>
        <translation>Yr ysfa neu&apos;r trallod cyn, 0 i 10</translation>
    </message>
    <message>
        <source>Urge or distress &amp;before (0–10):</source>
        <translation>Yr ysfa neu&apos;r trallod &amp;cyn (0–10):</translation>
    </message>
    <message>
        <source>Urge or distress afterwards, 0 to 10</source>
        <translation>Yr ysfa neu&apos;r trallod wedyn, 0 i 10</translation>
    </message>
    <message>
        <source>Urge or distress a&amp;fterwards (0–10):</source>
        <translation>Yr ysfa neu&apos;r trallod w&amp;edyn (0–10):</translation>
    </message>
    <message>
        <source>Did it help?</source>
        <translation>Wnaeth e helpu?</translation>
    </message>
    <message>
        <source>Not said</source>
        <translation>Heb ddweud</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>A bit</source>
        <translation>Ychydig</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Naddo</translation>
    </message>
    <message>
        <source>Did you hurt yourself? (You don&apos;t have to answer.)</source>
        <translation>Wnaethoch chi frifo eich hun? (Does dim rhaid i chi ateb.)</translation>
    </message>
    <message>
        <source>I&apos;d rather not say</source>
        <translation>Byddai&apos;n well gen i beidio â dweud</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nodyn</translation>
    </message>
    <message>
        <source>&amp;Note:</source>
        <translation>&amp;Nodyn:</translation>
    </message>
    <message>
        <source>Date and time</source>
        <translation>Dyddiad ac amser</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>&amp;Pryd:</translation>
    </message>
    <message>
        <source>What you tried</source>
        <translation>Beth wnaethoch chi roi cynnig arno</translation>
    </message>
    <message>
        <source>Something you tried, to add</source>
        <translation>Rhywbeth wnaethoch chi roi cynnig arno, i&apos;w ychwanegu</translation>
    </message>
    <message>
        <source>Choose from your plan or write it</source>
        <translation>Dewiswch o&apos;ch cynllun neu ei ysgrifennu</translation>
    </message>
    <message>
        <source>A&amp;dd</source>
        <translation>&amp;Ychwanegu</translation>
    </message>
    <message>
        <source>Add what you tried</source>
        <translation>Ychwanegu beth wnaethoch chi roi cynnig arno</translation>
    </message>
    <message>
        <source>Ta&amp;ke off the list</source>
        <translation>&amp;Tynnu oddi ar y rhestr</translation>
    </message>
    <message>
        <source>Take the chosen one off the list</source>
        <translation>Tynnu&apos;r un a ddewiswyd oddi ar y rhestr</translation>
    </message>
    <message>
        <source>What did you &amp;try?</source>
        <translation>Beth wnaethoch chi &amp;roi cynnig arno?</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The list of crisis lines couldn&apos;t be loaded. In an emergency, call your local emergency number.</source>
        <translation>Doedd dim modd llwytho&apos;r rhestr o linellau argyfwng. Mewn argyfwng, ffoniwch eich rhif argyfwng lleol.</translation>
    </message>
    <message>
        <source>There is no list of crisis lines for this country yet. In an emergency, call your local emergency number.</source>
        <translation>Does dim rhestr o linellau argyfwng ar gyfer y wlad hon eto. Mewn argyfwng, ffoniwch eich rhif argyfwng lleol.</translation>
    </message>
    <message>
        <source>The list of crisis lines for this country is damaged, so it can&apos;t be shown. In an emergency, call your local emergency number.</source>
        <translation>Mae&apos;r rhestr o linellau argyfwng ar gyfer y wlad hon wedi&apos;i difrodi, felly does dim modd ei dangos. Mewn argyfwng, ffoniwch eich rhif argyfwng lleol.</translation>
    </message>
    <message>
        <source>This diary entry can&apos;t be saved because one of its answers isn&apos;t valid.</source>
        <translation>Does dim modd cadw&apos;r cofnod hwn yn y dyddiadur am nad yw un o&apos;i atebion yn ddilys.</translation>
    </message>
    <message>
        <source>Something went wrong.</source>
        <translation>Aeth rhywbeth o&apos;i le.</translation>
    </message>
    <message>
        <source>That passphrase didn&apos;t open your plan. Check Caps Lock and try again.</source>
        <translation>Wnaeth y cyfrinymadrodd hwnnw ddim agor eich cynllun. Gwiriwch y Caps Lock a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>The passphrase given on standard input isn&apos;t UTF-8 text, so it can&apos;t be used.</source>
        <translation>Dydy&apos;r cyfrinymadrodd a roddwyd ar y mewnbwn safonol ddim yn destun UTF-8, felly does dim modd ei ddefnyddio.</translation>
    </message>
    <message>
        <source>That recovery key didn&apos;t open your plan. Check each group of letters.</source>
        <translation>Wnaeth yr allwedd adfer honno ddim agor eich cynllun. Gwiriwch bob grŵp o lythrennau.</translation>
    </message>
    <message>
        <source>This folder doesn&apos;t hold a SafetyPlan plan. Choose the folder your plan is in.</source>
        <translation>Does dim cynllun SafetyPlan yn y ffolder hon. Dewiswch y ffolder lle mae eich cynllun.</translation>
    </message>
    <message>
        <source>There is already a plan in this folder. Nothing was changed.</source>
        <translation>Mae cynllun yn y ffolder hon yn barod. Does dim wedi newid.</translation>
    </message>
    <message>
        <source>The key file (vault.key) is missing from this folder, so the plan can&apos;t be opened. If you have a copy of the folder, use that.</source>
        <translation>Mae&apos;r ffeil allwedd (vault.key) ar goll o&apos;r ffolder hon, felly does dim modd agor y cynllun. Os oes gennych chi gopi o&apos;r ffolder, defnyddiwch hwnnw.</translation>
    </message>
    <message>
        <source>The key file (vault.key) is damaged, so the plan can&apos;t be opened. Nothing has been changed. If you have a copy of the folder, use that.</source>
        <translation>Mae&apos;r ffeil allwedd (vault.key) wedi&apos;i difrodi, felly does dim modd agor y cynllun. Does dim wedi newid. Os oes gennych chi gopi o&apos;r ffolder, defnyddiwch hwnnw.</translation>
    </message>
    <message>
        <source>The plan file (plan.db) is missing from this folder. Nothing has been changed.</source>
        <translation>Mae ffeil y cynllun (plan.db) ar goll o&apos;r ffolder hon. Does dim wedi newid.</translation>
    </message>
    <message>
        <source>Your passphrase is right, but the plan file (plan.db) is damaged and can&apos;t be read. Nothing has been changed. If you have a copy of the folder, use that.</source>
        <translation>Mae eich cyfrinymadrodd yn gywir, ond mae ffeil y cynllun (plan.db) wedi&apos;i difrodi a does dim modd ei darllen. Does dim wedi newid. Os oes gennych chi gopi o&apos;r ffolder, defnyddiwch hwnnw.</translation>
    </message>
    <message>
        <source>The plan file (plan.db) is not encrypted, so it isn&apos;t a SafetyPlan plan. Nothing has been changed.</source>
        <translation>Dydy ffeil y cynllun (plan.db) ddim wedi&apos;i hamgryptio, felly nid cynllun SafetyPlan yw hi. Does dim wedi newid.</translation>
    </message>
    <message>
        <source>This plan was saved by a newer version of SafetyPlan. Please update SafetyPlan to open it. Nothing has been changed.</source>
        <translation>Cafodd y cynllun hwn ei gadw gan fersiwn mwy newydd o SafetyPlan. Diweddarwch SafetyPlan i&apos;w agor, os gwelwch yn dda. Does dim wedi newid.</translation>
    </message>
    <message>
        <source>SafetyPlan can&apos;t start safely: its encryption library is too old. Please reinstall SafetyPlan.</source>
        <translation>Dydy SafetyPlan ddim yn gallu dechrau&apos;n ddiogel: mae ei lyfrgell amgryptio&apos;n rhy hen. Gosodwch SafetyPlan eto, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>This file can&apos;t be imported. Your plan has not been changed.</source>
        <translation>Does dim modd mewnforio&apos;r ffeil hon. Dydy eich cynllun ddim wedi newid.</translation>
    </message>
    <message>
        <source>The file couldn&apos;t be saved there. Check the folder exists and you can write to it.</source>
        <translation>Doedd dim modd cadw&apos;r ffeil yno. Gwiriwch fod y ffolder yn bodoli a&apos;ch bod chi&apos;n gallu ysgrifennu iddi.</translation>
    </message>
    <message>
        <source>This library page can&apos;t be read, so it was left out.</source>
        <translation>Does dim modd darllen y dudalen hon o&apos;r llyfrgell, felly cafodd ei gadael allan.</translation>
    </message>
    <message>
        <source>That page isn&apos;t in the library.</source>
        <translation>Dydy&apos;r dudalen honno ddim yn y llyfrgell.</translation>
    </message>
</context>
<context>
    <name>GetHelpDialog</name>
    <message>
        <source>Get help now</source>
        <translation>Cael help nawr</translation>
    </message>
    <message>
        <source>When to get emergency help</source>
        <translation>Pryd i gael help brys</translation>
    </message>
    <message>
        <source>More information</source>
        <translation>Rhagor o wybodaeth</translation>
    </message>
    <message>
        <source>More information and first aid</source>
        <translation>Rhagor o wybodaeth a chymorth cyntaf</translation>
    </message>
    <message>
        <source>Country</source>
        <translation>Gwlad</translation>
    </message>
    <message>
        <source>&amp;Country:</source>
        <translation>&amp;Gwlad:</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source> or </source>
        <translation> neu </translation>
    </message>
    <message>
        <source>If you are badly hurt or your life is in danger, call %1 now.</source>
        <translation>Os ydych chi wedi&apos;ch anafu&apos;n ddrwg neu os yw eich bywyd mewn perygl, ffoniwch %1 nawr.</translation>
    </message>
    <message>
        <source>These details have not yet been checked against each service&apos;s own website. If a number doesn&apos;t work, try another line here.</source>
        <translation>Dydy&apos;r manylion hyn ddim wedi&apos;u gwirio eto yn erbyn gwefan pob gwasanaeth. Os nad yw rhif yn gweithio, rhowch gynnig ar linell arall yma.</translation>
    </message>
    <message numerus="yes">
        <source>Copied %1. You can paste it into your phone or another app. For your privacy, it is cleared from the clipboard after %n seconds.</source>
        <translation>
            <numerusform>Wedi copïo %1. Gallwch chi ei ludo yn eich ffôn neu mewn ap arall. Er mwyn eich preifatrwydd, caiff ei glirio o&apos;r clipfwrdd ar ôl %n eiliad.</numerusform>
            <numerusform>Wedi copïo %1. Gallwch chi ei ludo yn eich ffôn neu mewn ap arall. Er mwyn eich preifatrwydd, caiff ei glirio o&apos;r clipfwrdd ar ôl %n eiliad.</numerusform>
            <numerusform>Wedi copïo %1. Gallwch chi ei ludo yn eich ffôn neu mewn ap arall. Er mwyn eich preifatrwydd, caiff ei glirio o&apos;r clipfwrdd ar ôl %n eiliad.</numerusform>
            <numerusform>Wedi copïo %1. Gallwch chi ei ludo yn eich ffôn neu mewn ap arall. Er mwyn eich preifatrwydd, caiff ei glirio o&apos;r clipfwrdd ar ôl %n eiliad.</numerusform>
            <numerusform>Wedi copïo %1. Gallwch chi ei ludo yn eich ffôn neu mewn ap arall. Er mwyn eich preifatrwydd, caiff ei glirio o&apos;r clipfwrdd ar ôl %n eiliad.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>HelpsChart</name>
    <message>
        <source>Chart of what helps</source>
        <translation>Siart o beth sy&apos;n helpu</translation>
    </message>
    <message>
        <source>Helped: %1 of %2</source>
        <translation>Wedi helpu: %1 o %2</translation>
    </message>
    <message>
        <source>%1. Times tried: %2. Yes, it helped: %3. It helped a bit: %4.</source>
        <translation>%1. Sawl gwaith y rhoesoch gynnig arno: %2. Do, fe helpodd: %3. Fe helpodd ychydig: %4.</translation>
    </message>
</context>
<context>
    <name>ItemDelegate</name>
    <message>
        <source>Towards: {goal}</source>
        <translation>Tuag at: {goal}</translation>
    </message>
    <message>
        <source>Times this has helped you: {count}</source>
        <translation>Sawl gwaith mae hyn wedi&apos;ch helpu: {count}</translation>
    </message>
    <message>
        <source>Empty: add your words below</source>
        <translation>Gwag: ychwanegwch eich geiriau isod</translation>
    </message>
</context>
<context>
    <name>ItemEditor</name>
    <message>
        <source>&amp;Copy number</source>
        <translation>C&amp;opïo&apos;r rhif</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Copïo&apos;r rhif</translation>
    </message>
    <message>
        <source>Puts the number on the clipboard, and clears it again after a short time.</source>
        <translation>Yn rhoi&apos;r rhif ar y clipfwrdd, ac yn ei glirio eto ar ôl ychydig.</translation>
    </message>
    <message>
        <source>Copy number status</source>
        <translation>Statws copïo&apos;r rhif</translation>
    </message>
    <message>
        <source>Your picture</source>
        <translation>Eich llun</translation>
    </message>
    <message>
        <source>Add a &amp;picture…</source>
        <translation>Ychwanegu ll&amp;un…</translation>
    </message>
    <message>
        <source>Add a picture</source>
        <translation>Ychwanegu llun</translation>
    </message>
    <message>
        <source>The picture is kept inside your locked plan, not as a separate file.</source>
        <translation>Mae&apos;r llun yn cael ei gadw y tu mewn i&apos;ch cynllun sydd wedi&apos;i gloi, nid fel ffeil ar wahân.</translation>
    </message>
    <message>
        <source>Take the picture &amp;off</source>
        <translation>Tynnu&apos;r llun &amp;i ffwrdd</translation>
    </message>
    <message>
        <source>Take the picture off</source>
        <translation>Tynnu&apos;r llun i ffwrdd</translation>
    </message>
    <message>
        <source>Not linked to a goal yet</source>
        <translation>Heb ei gysylltu â nod eto</translation>
    </message>
    <message>
        <source>Change the &amp;picture…</source>
        <translation>Newid y ll&amp;un…</translation>
    </message>
    <message>
        <source>Number copied. It will be cleared from the clipboard after {seconds} seconds.</source>
        <translation>Wedi copïo&apos;r rhif. Caiff ei glirio o&apos;r clipfwrdd ar ôl {seconds} eiliad.</translation>
    </message>
    <message>
        <source>The number has been cleared from the clipboard.</source>
        <translation>Mae&apos;r rhif wedi&apos;i glirio o&apos;r clipfwrdd.</translation>
    </message>
</context>
<context>
    <name>Legend</name>
    <message>
        <source>Yes, it helped</source>
        <translation>Do, fe helpodd</translation>
    </message>
    <message>
        <source>It helped a bit</source>
        <translation>Fe helpodd ychydig</translation>
    </message>
    <message>
        <source>Tried: didn&apos;t help, or not said</source>
        <translation>Wedi rhoi cynnig: heb helpu, neu heb ddweud</translation>
    </message>
    <message>
        <source>Key to the chart</source>
        <translation>Allwedd i&apos;r siart</translation>
    </message>
</context>
<context>
    <name>Library</name>
    <message>
        <source>Getting help now</source>
        <translation>Cael help nawr</translation>
    </message>
    <message>
        <source>Looking after injuries</source>
        <translation>Gofalu am anafiadau</translation>
    </message>
    <message>
        <source>Staying safer and coping</source>
        <translation>Aros yn fwy diogel ac ymdopi</translation>
    </message>
    <message>
        <source>Talking to people</source>
        <translation>Siarad â phobl</translation>
    </message>
    <message>
        <source>For family, friends and carers</source>
        <translation>I deulu, ffrindiau a gofalwyr</translation>
    </message>
    <message>
        <source>From your local service</source>
        <translation>Gan eich gwasanaeth lleol</translation>
    </message>
    <message>
        <source>the file must start with a line of three dashes (---)</source>
        <translation>rhaid i&apos;r ffeil ddechrau gyda llinell o dri llinell doriad (---)</translation>
    </message>
    <message>
        <source>the header must end with a line of ---</source>
        <translation>rhaid i&apos;r pennawd orffen gyda llinell o ---</translation>
    </message>
    <message>
        <source>expected “name: value”</source>
        <translation>roedd disgwyl “enw: gwerth”</translation>
    </message>
    <message>
        <source>“{key}” isn&apos;t a header this app knows</source>
        <translation>dydy “{key}” ddim yn bennawd mae&apos;r ap hwn yn ei adnabod</translation>
    </message>
    <message>
        <source>“{key}” is given twice</source>
        <translation>mae “{key}” wedi&apos;i roi ddwywaith</translation>
    </message>
    <message>
        <source>the header has no “{key}”</source>
        <translation>does dim “{key}” yn y pennawd</translation>
    </message>
    <message>
        <source>“{key}” is empty</source>
        <translation>mae “{key}” yn wag</translation>
    </message>
    <message>
        <source>the id may only hold small letters, numbers and single dashes</source>
        <translation>dim ond llythrennau bach, rhifau a llinellau doriad sengl all fod yn yr id</translation>
    </message>
    <message>
        <source>the topic must be one of: {topics}</source>
        <translation>rhaid i&apos;r pwnc fod yn un o: {topics}</translation>
    </message>
    <message>
        <source>the language must be a code such as en or pt_BR</source>
        <translation>rhaid i&apos;r iaith fod yn god fel en neu pt_BR</translation>
    </message>
    <message>
        <source>the reading time must be a whole number from 1 to 60</source>
        <translation>rhaid i&apos;r amser darllen fod yn rhif cyfan o 1 i 60</translation>
    </message>
    <message>
        <source>the order must be a whole number</source>
        <translation>rhaid i&apos;r drefn fod yn rhif cyfan</translation>
    </message>
    <message>
        <source>the date must be written YYYY-MM-DD</source>
        <translation>rhaid ysgrifennu&apos;r dyddiad ar ffurf BBBB-MM-DD</translation>
    </message>
    <message>
        <source>“{key}” must be yes or no</source>
        <translation>rhaid i “{key}” fod yn yes neu no</translation>
    </message>
    <message>
        <source>each source must be written “- name | address”</source>
        <translation>rhaid ysgrifennu pob ffynhonnell ar ffurf “- enw | cyfeiriad”</translation>
    </message>
    <message>
        <source>the page must list at least one source</source>
        <translation>rhaid i&apos;r dudalen restru o leiaf un ffynhonnell</translation>
    </message>
    <message>
        <source>headings start with ## or ###</source>
        <translation>mae penawdau&apos;n dechrau gyda ## neu ###</translation>
    </message>
    <message>
        <source>a link must go to page:some-id or to an address starting https://</source>
        <translation>rhaid i ddolen fynd i page:rhyw-id neu i gyfeiriad sy&apos;n dechrau https://</translation>
    </message>
    <message>
        <source>the only line in double braces this app knows is {name}</source>
        <translation>yr unig linell mewn cromfachau dwbl mae&apos;r ap hwn yn ei hadnabod yw {name}</translation>
    </message>
    <message>
        <source>the page has no text after its header</source>
        <translation>does dim testun ar y dudalen ar ôl ei phennawd</translation>
    </message>
    <message>
        <source>“{file}” was left out of the library: {reason}</source>
        <translation>Cafodd “{file}” ei gadael allan o&apos;r llyfrgell: {reason}</translation>
    </message>
    <message>
        <source>“{file}” was left out of the library: only files ending .md are read.</source>
        <translation>Cafodd “{file}” ei gadael allan o&apos;r llyfrgell: dim ond ffeiliau sy&apos;n gorffen â .md sy&apos;n cael eu darllen.</translation>
    </message>
    <message>
        <source>“{file}” was left out of the library: it is too big for a page.</source>
        <translation>Cafodd “{file}” ei gadael allan o&apos;r llyfrgell: mae&apos;n rhy fawr i fod yn dudalen.</translation>
    </message>
    <message>
        <source>“{file}” was left out of the library: it isn&apos;t a UTF-8 text file.</source>
        <translation>Cafodd “{file}” ei gadael allan o&apos;r llyfrgell: nid ffeil testun UTF-8 yw hi.</translation>
    </message>
    <message>
        <source>“{file}” was left out of the library: it couldn&apos;t be opened.</source>
        <translation>Cafodd “{file}” ei gadael allan o&apos;r llyfrgell: doedd dim modd ei hagor.</translation>
    </message>
    <message>
        <source>“{file}” was left out of the library: another page already has the id “{id}”.</source>
        <translation>Cafodd “{file}” ei gadael allan o&apos;r llyfrgell: mae gan dudalen arall yr id “{id}” yn barod.</translation>
    </message>
    <message>
        <source>“{file}” links to a page that doesn&apos;t exist (“{id}”). The link is shown as plain text.</source>
        <translation>Mae “{file}” yn cysylltu â thudalen sydd ddim yn bodoli (“{id}”). Mae&apos;r ddolen yn cael ei dangos fel testun plaen.</translation>
    </message>
    <message>
        <source>The crisis lines couldn&apos;t be added to “{file}”: {reason}</source>
        <translation>Doedd dim modd ychwanegu&apos;r llinellau argyfwng at “{file}”: {reason}</translation>
    </message>
    <message>
        <source>line {number}</source>
        <translation>llinell {number}</translation>
    </message>
    <message>
        <source>Information and first aid</source>
        <translation>Gwybodaeth a chymorth cyntaf</translation>
    </message>
    <message>
        <source>Short, plain pages about looking after yourself and getting help. They are here even when your plan is locked.</source>
        <translation>Tudalennau byr, clir am ofalu amdanoch chi&apos;ch hun a chael help. Maen nhw yma hyd yn oed pan fydd eich cynllun wedi&apos;i gloi.</translation>
    </message>
    <message>
        <source>Pages that couldn&apos;t be shown</source>
        <translation>Tudalennau nad oedd modd eu dangos</translation>
    </message>
    <message>
        <source>These files are in: {folders}</source>
        <translation>Mae&apos;r ffeiliau hyn yn: {folders}</translation>
    </message>
    <message>
        <source>These are the lines for {region}.</source>
        <translation>Dyma&apos;r llinellau ar gyfer {region}.</translation>
    </message>
    <message>
        <source>Call {number}</source>
        <translation>Ffoniwch {number}</translation>
    </message>
    <message>
        <source>When: {hours}</source>
        <translation>Pryd: {hours}</translation>
    </message>
    <message>
        <source>Who it&apos;s for: {who}</source>
        <translation>Ar gyfer pwy: {who}</translation>
    </message>
    <message>
        <source>These details have not yet been checked against each service&apos;s own website. If a number doesn&apos;t work, try another line here. In an emergency, call {numbers}.</source>
        <translation>Dydy&apos;r manylion hyn ddim wedi&apos;u gwirio eto yn erbyn gwefan pob gwasanaeth. Os nad yw rhif yn gweithio, rhowch gynnig ar linell arall yma. Mewn argyfwng, ffoniwch {numbers}.</translation>
    </message>
    <message>
        <source>About 1 minute to read</source>
        <translation>Tua 1 munud i&apos;w darllen</translation>
    </message>
    <message>
        <source>About {minutes} minutes to read</source>
        <translation>Tua {minutes} munud i&apos;w darllen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Ffynonellau</translation>
    </message>
    <message>
        <source>Last checked against these sources on {date}.</source>
        <translation>Wedi&apos;i gwirio ddiwethaf yn erbyn y ffynonellau hyn ar {date}.</translation>
    </message>
    <message>
        <source>Written on {date}. Not yet checked against these sources.</source>
        <translation>Wedi&apos;i hysgrifennu ar {date}. Heb ei gwirio eto yn erbyn y ffynonellau hyn.</translation>
    </message>
    <message>
        <source>This page is waiting to be checked by a clinician.</source>
        <translation>Mae&apos;r dudalen hon yn aros i gael ei gwirio gan glinigydd.</translation>
    </message>
    <message>
        <source>Review: {status}</source>
        <translation>Adolygiad: {status}</translation>
    </message>
    <message>
        <source>This is general information. It does not replace care from a health professional.</source>
        <translation>Gwybodaeth gyffredinol yw hon. Dydy hi ddim yn cymryd lle gofal gan weithiwr iechyd proffesiynol.</translation>
    </message>
    <message>
        <source>A local service added this page, not SafetyPlan.</source>
        <translation>Gwasanaeth lleol wnaeth ychwanegu&apos;r dudalen hon, nid SafetyPlan.</translation>
    </message>
</context>
<context>
    <name>LibraryDialog</name>
    <message>
        <source>Information and first aid</source>
        <translation>Gwybodaeth a chymorth cyntaf</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>LibraryWidget</name>
    <message>
        <source>When to get emergency help</source>
        <translation>Pryd i gael help brys</translation>
    </message>
    <message>
        <source>Search the information pages</source>
        <translation>Chwilio&apos;r tudalennau gwybodaeth</translation>
    </message>
    <message>
        <source>Clear the search</source>
        <translation>Clirio&apos;r chwilio</translation>
    </message>
    <message>
        <source>Pages by topic</source>
        <translation>Tudalennau yn ôl pwnc</translation>
    </message>
    <message>
        <source>Headings on this page</source>
        <translation>Penawdau ar y dudalen hon</translation>
    </message>
    <message>
        <source>On this page</source>
        <translation>Ar y dudalen hon</translation>
    </message>
    <message>
        <source>Some pages couldn&apos;t be shown.</source>
        <translation>Doedd dim modd dangos rhai tudalennau.</translation>
    </message>
    <message>
        <source>Show details</source>
        <translation>Dangos manylion</translation>
    </message>
    <message>
        <source>Show which pages couldn&apos;t be shown, and why</source>
        <translation>Dangos pa dudalennau nad oedd modd eu dangos, a pham</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Back to the last page</source>
        <translation>Yn ôl i&apos;r dudalen ddiwethaf</translation>
    </message>
    <message>
        <source>All pages</source>
        <translation>Pob tudalen</translation>
    </message>
    <message>
        <source>A−</source>
        <translation>A−</translation>
    </message>
    <message>
        <source>Smaller text</source>
        <translation>Testun llai</translation>
    </message>
    <message>
        <source>A+</source>
        <translation>A+</translation>
    </message>
    <message>
        <source>Larger text</source>
        <translation>Testun mwy</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Cyferbyniad uchel</translation>
    </message>
    <message>
        <source>High contrast reading</source>
        <translation>Darllen â chyferbyniad uchel</translation>
    </message>
    <message>
        <source>Pages that couldn&apos;t be shown</source>
        <translation>Tudalennau nad oedd modd eu dangos</translation>
    </message>
    <message>
        <source>Reading: %1</source>
        <translation>Yn darllen: %1</translation>
    </message>
    <message>
        <source>No pages match your search.</source>
        <translation>Does dim tudalennau&apos;n cyfateb i&apos;ch chwilio.</translation>
    </message>
    <message numerus="yes">
        <source>%n pages found</source>
        <translation>
            <numerusform>Tudalennau wedi&apos;u canfod: %n</numerusform>
            <numerusform>Tudalennau wedi&apos;u canfod: %n</numerusform>
            <numerusform>Tudalennau wedi&apos;u canfod: %n</numerusform>
            <numerusform>Tudalennau wedi&apos;u canfod: %n</numerusform>
            <numerusform>Tudalennau wedi&apos;u canfod: %n</numerusform>
        </translation>
    </message>
    <message>
        <source>Heading level %1: %2</source>
        <translation>Pennawd lefel %1: %2</translation>
    </message>
</context>
<context>
    <name>LineCard</name>
    <message>
        <source>Call %1</source>
        <translation>Ffoniwch %1</translation>
    </message>
    <message>
        <source>Copy number</source>
        <translation>Copïo&apos;r rhif</translation>
    </message>
    <message>
        <source>Copy %1 (%2)</source>
        <translation>Copïo %1 (%2)</translation>
    </message>
    <message>
        <source>When: %1</source>
        <translation>Pryd: %1</translation>
    </message>
    <message>
        <source>Who it&apos;s for: %1</source>
        <translation>Ar gyfer pwy: %1</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Wedi copïo</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Something unexpected went wrong. Nothing has been changed. Please try again.</source>
        <translation>Aeth rhywbeth annisgwyl o&apos;i le. Does dim wedi newid. Rhowch gynnig arall arni, os gwelwch yn dda.</translation>
    </message>
    <message>
        <source>Main actions</source>
        <translation>Prif gamau</translation>
    </message>
    <message>
        <source>Plan actions</source>
        <translation>Camau&apos;r cynllun</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Cael help nawr</translation>
    </message>
    <message>
        <source>Emergency help</source>
        <translation>Help brys</translation>
    </message>
    <message>
        <source>Information</source>
        <translation>Gwybodaeth</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>C&amp;loi</translation>
    </message>
    <message>
        <source>&amp;Hide now</source>
        <translation>&amp;Cuddio nawr</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Iaith y system</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Dadwneud</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Ailwneud</translation>
    </message>
    <message>
        <source>&amp;Right now</source>
        <translation>Ar hyn o &amp;bryd</translation>
    </message>
    <message>
        <source>&amp;Print or share…</source>
        <translation>&amp;Argraffu neu rannu…</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Gosodiadau</translation>
    </message>
    <message>
        <source>Before you save a copy</source>
        <translation>Cyn i chi gadw copi</translation>
    </message>
    <message>
        <source>The copy is not encrypted. Anyone who opens the file can read everything in your plan and your diary.</source>
        <translation>Dydy&apos;r copi ddim wedi&apos;i amgryptio. Gall unrhyw un sy&apos;n agor y ffeil ddarllen popeth yn eich cynllun a&apos;ch dyddiadur.</translation>
    </message>
    <message>
        <source>Keep it somewhere private, and delete it when you no longer need it.</source>
        <translation>Cadwch hi rywle preifat, a&apos;i dileu pan nad oes ei hangen arnoch chi mwyach.</translation>
    </message>
    <message>
        <source>The copy wasn&apos;t saved</source>
        <translation>Chafodd y copi ddim ei gadw</translation>
    </message>
    <message>
        <source>Copy saved</source>
        <translation>Copi wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>A copy of your plan is saved.</source>
        <translation>Mae copi o&apos;ch cynllun wedi&apos;i gadw.</translation>
    </message>
    <message>
        <source>Before you replace your plan</source>
        <translation>Cyn i chi newid eich cynllun am un arall</translation>
    </message>
    <message>
        <source>Everything in your plan and your diary will be replaced by what is in the file. This can&apos;t be undone.</source>
        <translation>Bydd popeth yn eich cynllun a&apos;ch dyddiadur yn cael ei ddisodli gan beth sydd yn y ffeil. Does dim modd dadwneud hyn.</translation>
    </message>
    <message>
        <source>If you may want your plan as it is now, save a copy of it first.</source>
        <translation>Os gallech chi fod eisiau eich cynllun fel y mae nawr, cadwch gopi ohono yn gyntaf.</translation>
    </message>
    <message>
        <source>&amp;Replace my plan</source>
        <translation>&amp;Disodli fy nghynllun</translation>
    </message>
    <message>
        <source>Replace my plan</source>
        <translation>Disodli fy nghynllun</translation>
    </message>
    <message>
        <source>Your plan has been replaced with the one in the file.</source>
        <translation>Mae&apos;r cynllun yn y ffeil wedi cymryd lle eich cynllun.</translation>
    </message>
    <message>
        <source>The file has no diary, so your diary is as it was.</source>
        <translation>Does dim dyddiadur yn y ffeil, felly mae eich dyddiadur fel yr oedd.</translation>
    </message>
    <message>
        <source>Save a copy of my plan</source>
        <translation>Cadw copi o fy nghynllun</translation>
    </message>
    <message>
        <source>Plan files (*.json)</source>
        <translation>Ffeiliau cynllun (*.json)</translation>
    </message>
    <message>
        <source>notes.json</source>
        <translation>nodiadau.json</translation>
    </message>
    <message>
        <source>my-plan.json</source>
        <translation>fy-nghynllun.json</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>SafetyPlan</source>
        <translation>SafetyPlan</translation>
    </message>
</context>
<context>
    <name>NewPassphraseFields</name>
    <message>
        <source>Type the passphrase again</source>
        <translation>Teipiwch y cyfrinymadrodd eto</translation>
    </message>
    <message>
        <source>&amp;Type it again</source>
        <translation>&amp;Teipiwch ef eto</translation>
    </message>
    <message>
        <source>How hard your passphrase is to guess</source>
        <translation>Pa mor anodd yw dyfalu eich cyfrinymadrodd</translation>
    </message>
    <message>
        <source>Passphrase strength</source>
        <translation>Cryfder y cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Show what I type</source>
        <translation>&amp;Dangos beth rwy&apos;n ei deipio</translation>
    </message>
    <message>
        <source>Show what I type</source>
        <translation>Dangos beth rwy&apos;n ei deipio</translation>
    </message>
    <message>
        <source>The two passphrases are different. Please type them again.</source>
        <translation>Mae&apos;r ddau gyfrinymadrodd yn wahanol. Teipiwch nhw eto, os gwelwch yn dda.</translation>
    </message>
</context>
<context>
    <name>PassphraseStrength</name>
    <message>
        <source>Too short: use at least 8 characters.</source>
        <translation>Rhy fyr: defnyddiwch o leiaf 8 nod.</translation>
    </message>
    <message>
        <source>Easy to guess. Try a few unusual words together.</source>
        <translation>Hawdd ei ddyfalu. Rhowch gynnig ar ychydig o eiriau anarferol gyda&apos;i gilydd.</translation>
    </message>
    <message>
        <source>Could be guessed with effort. Another word would help.</source>
        <translation>Gallai gael ei ddyfalu gydag ymdrech. Byddai gair arall yn helpu.</translation>
    </message>
    <message>
        <source>Good: hard to guess.</source>
        <translation>Da: anodd ei ddyfalu.</translation>
    </message>
    <message>
        <source>Strong: very hard to guess.</source>
        <translation>Cryf: anodd iawn ei ddyfalu.</translation>
    </message>
</context>
<context>
    <name>PlanDocument</name>
    <message>
        <source>Your last change couldn&apos;t be saved. The drive your plan is on may have been removed, or it may be full. Everything shown as saved before is safe.</source>
        <translation>Doedd dim modd cadw eich newid diwethaf. Efallai fod y gyriant lle mae eich cynllun wedi&apos;i dynnu allan, neu ei fod yn llawn. Mae popeth a ddangoswyd fel wedi&apos;i gadw cyn hynny yn ddiogel.</translation>
    </message>
    <message>
        <source>Your plan couldn&apos;t be read just now. The drive it is on may have been removed. Nothing has been changed.</source>
        <translation>Doedd dim modd darllen eich cynllun y funud hon. Efallai fod y gyriant lle mae wedi&apos;i dynnu allan. Does dim wedi newid.</translation>
    </message>
</context>
<context>
    <name>PlanEditor</name>
    <message>
        <source>Save status</source>
        <translation>Statws cadw</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Wrthi&apos;n cadw…</translation>
    </message>
    <message>
        <source>Saved</source>
        <translation>Wedi&apos;i gadw</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>Heb ei gadw</translation>
    </message>
</context>
<context>
    <name>PlanFile</name>
    <message>
        <source>the file can&apos;t be opened or read</source>
        <translation>does dim modd agor na darllen y ffeil</translation>
    </message>
    <message>
        <source>the file is larger than {limit} MB</source>
        <translation>mae&apos;r ffeil yn fwy na {limit} MB</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>mae&apos;r ffeil yn wag</translation>
    </message>
    <message>
        <source>the file is not UTF-8 text (at byte {offset})</source>
        <translation>nid testun UTF-8 yw&apos;r ffeil (ar beit {offset})</translation>
    </message>
    <message>
        <source>the file holds more entries and values than a plan can have</source>
        <translation>mae mwy o gofnodion a gwerthoedd yn y ffeil nag y gall cynllun eu cael</translation>
    </message>
    <message>
        <source>the file is nested more than {limit} levels deep</source>
        <translation>mae&apos;r ffeil wedi&apos;i nythu&apos;n ddyfnach na {limit} lefel</translation>
    </message>
    <message>
        <source>the file is not complete, valid JSON (line {line}, column {column})</source>
        <translation>dydy&apos;r ffeil ddim yn JSON cyflawn a dilys (llinell {line}, colofn {column})</translation>
    </message>
    <message>
        <source>the file is not valid JSON</source>
        <translation>dydy&apos;r ffeil ddim yn JSON dilys</translation>
    </message>
    <message>
        <source>the file holds NaN or Infinity, which JSON forbids</source>
        <translation>mae NaN neu Infinity yn y ffeil, ac mae JSON yn gwahardd y rheini</translation>
    </message>
    <message>
        <source>this is not a SafetyPlan file</source>
        <translation>nid ffeil SafetyPlan yw hon</translation>
    </message>
    <message>
        <source>this file was made by a newer version of SafetyPlan; please update SafetyPlan to import it</source>
        <translation>cafodd y ffeil hon ei gwneud gan fersiwn mwy newydd o SafetyPlan; diweddarwch SafetyPlan i&apos;w mewnforio, os gwelwch yn dda</translation>
    </message>
    <message>
        <source>not a version of the file format SafetyPlan knows</source>
        <translation>nid yw&apos;n fersiwn o fformat y ffeil mae SafetyPlan yn ei adnabod</translation>
    </message>
    <message>
        <source>this is not a SafetyPlan file: it must hold one JSON object at the top level</source>
        <translation>nid ffeil SafetyPlan yw hon: rhaid iddi ddal un gwrthrych JSON ar y lefel uchaf</translation>
    </message>
    <message>
        <source>must be a JSON object</source>
        <translation>rhaid iddo fod yn wrthrych JSON</translation>
    </message>
    <message>
        <source>must be a list</source>
        <translation>rhaid iddo fod yn rhestr</translation>
    </message>
    <message>
        <source>must be text</source>
        <translation>rhaid iddo fod yn destun</translation>
    </message>
    <message>
        <source>the field &quot;{name}&quot; appears more than once</source>
        <translation>mae&apos;r maes &quot;{name}&quot; yn ymddangos fwy nag unwaith</translation>
    </message>
    <message>
        <source>unknown field &quot;{name}&quot;</source>
        <translation>maes anhysbys &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>unknown section &quot;{name}&quot;</source>
        <translation>adran anhysbys &quot;{name}&quot;</translation>
    </message>
    <message>
        <source>the field &quot;{name}&quot; is missing</source>
        <translation>mae&apos;r maes &quot;{name}&quot; ar goll</translation>
    </message>
    <message>
        <source>longer than {limit} characters</source>
        <translation>yn hirach na {limit} nod</translation>
    </message>
    <message>
        <source>more than {limit} entries</source>
        <translation>mwy na {limit} o gofnodion</translation>
    </message>
    <message>
        <source>holds a character that isn&apos;t allowed (a control character or a lone surrogate)</source>
        <translation>mae&apos;n dal nod sydd ddim yn cael ei ganiatáu (nod rheoli neu ddirprwy unigol)</translation>
    </message>
    <message>
        <source>must be a real date between 2000 and 2199, written YYYY-MM-DD, or null</source>
        <translation>rhaid iddo fod yn ddyddiad go iawn rhwng 2000 a 2199, ar ffurf BBBB-MM-DD, neu null</translation>
    </message>
    <message>
        <source>must be a real date and time between 2000 and 2199, written YYYY-MM-DDTHH:MM (ISO 8601)</source>
        <translation>rhaid iddo fod yn ddyddiad ac amser go iawn rhwng 2000 a 2199, ar ffurf BBBB-MM-DDTHH:MM (ISO 8601)</translation>
    </message>
    <message>
        <source>the next review must be at most 12 months after the plan was made</source>
        <translation>rhaid i&apos;r adolygiad nesaf fod 12 mis fan bellaf ar ôl i&apos;r cynllun gael ei wneud</translation>
    </message>
    <message>
        <source>must be a whole number from 0 to 10, or null</source>
        <translation>rhaid iddo fod yn rhif cyfan o 0 i 10, neu null</translation>
    </message>
    <message>
        <source>must be &quot;yes&quot;, &quot;a_bit&quot;, &quot;no&quot; or null</source>
        <translation>rhaid iddo fod yn &quot;yes&quot;, &quot;a_bit&quot;, &quot;no&quot; neu null</translation>
    </message>
    <message>
        <source>must be true, false or null</source>
        <translation>rhaid iddo fod yn true, false neu null</translation>
    </message>
    <message>
        <source>must be &quot;image/png&quot; or &quot;image/jpeg&quot;</source>
        <translation>rhaid iddo fod yn &quot;image/png&quot; neu &quot;image/jpeg&quot;</translation>
    </message>
    <message>
        <source>must be a picture written in base64</source>
        <translation>rhaid iddo fod yn llun wedi&apos;i ysgrifennu yn base64</translation>
    </message>
    <message>
        <source>the picture is larger than {limit} MB</source>
        <translation>mae&apos;r llun yn fwy na {limit} MB</translation>
    </message>
    <message>
        <source>the picture is not of the type its mime says</source>
        <translation>dydy&apos;r llun ddim o&apos;r math mae ei mime yn ei ddweud</translation>
    </message>
</context>
<context>
    <name>PlanPage</name>
    <message>
        <source>My plan</source>
        <translation>Fy nghynllun</translation>
    </message>
    <message>
        <source>What works for me</source>
        <translation>Beth sy&apos;n gweithio i mi</translation>
    </message>
    <message>
        <source>Your plan and what works for you</source>
        <translation>Eich cynllun a beth sy&apos;n gweithio i chi</translation>
    </message>
</context>
<context>
    <name>PlanPictures</name>
    <message>
        <source>That file couldn&apos;t be opened. Check it is still there and try again.</source>
        <translation>Doedd dim modd agor y ffeil honno. Gwiriwch ei bod hi yno o hyd a rhowch gynnig arall arni.</translation>
    </message>
    <message>
        <source>That picture is too big to add. Try a smaller copy of it.</source>
        <translation>Mae&apos;r llun hwnnw&apos;n rhy fawr i&apos;w ychwanegu. Rhowch gynnig ar gopi llai ohono.</translation>
    </message>
    <message>
        <source>That file isn&apos;t a picture SafetyPlan can show. Try a photo saved as JPEG or PNG.</source>
        <translation>Dydy&apos;r ffeil honno ddim yn llun mae SafetyPlan yn gallu ei ddangos. Rhowch gynnig ar lun wedi&apos;i gadw fel JPEG neu PNG.</translation>
    </message>
</context>
<context>
    <name>PlanSections</name>
    <message>
        <source>My safety plan</source>
        <translation>Fy nghynllun diogelwch</translation>
    </message>
    <message>
        <source>Staying safer</source>
        <translation>Aros yn fwy diogel</translation>
    </message>
    <message>
        <source>My wider care plan</source>
        <translation>Fy nghynllun gofal ehangach</translation>
    </message>
    <message>
        <source>In your own words</source>
        <translation>Yn eich geiriau eich hun</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Who they are to you</source>
        <translation>Pwy ydyn nhw i chi</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Ffôn</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>When you can reach them</source>
        <translation>Pryd gallwch chi gysylltu â nhw</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Beth maen nhw&apos;n ei wneud</translation>
    </message>
    <message>
        <source>Longer-term goal it helps with</source>
        <translation>Y nod tymor hirach mae&apos;n helpu gydag ef</translation>
    </message>
    <message>
        <source>My warning signs</source>
        <translation>Fy arwyddion rhybudd</translation>
    </message>
    <message>
        <source>What thoughts, feelings, situations or things that happen tell you a crisis may be building?</source>
        <translation>Pa feddyliau, teimladau, sefyllfaoedd neu bethau sy&apos;n digwydd sy&apos;n dweud wrthych chi y gallai argyfwng fod ar y ffordd?</translation>
    </message>
    <message>
        <source>I stop replying to messages</source>
        <translation>Rwy&apos;n stopio ateb negeseuon</translation>
    </message>
    <message>
        <source>I can&apos;t sleep and my thoughts race</source>
        <translation>Dw i ddim yn gallu cysgu ac mae fy meddyliau&apos;n rasio</translation>
    </message>
    <message>
        <source>Arguments at home</source>
        <translation>Ffraeo gartref</translation>
    </message>
    <message>
        <source>Things I can do on my own to cope</source>
        <translation>Pethau i ymdopi ar fy mhen fy hun</translation>
    </message>
    <message>
        <source>What could you do, on your own, to take your mind off things or to get through the next few minutes?</source>
        <translation>Beth allech chi ei wneud, ar eich pen eich hun, i dynnu eich meddwl oddi ar bethau neu i ddod drwy&apos;r ychydig funudau nesaf?</translation>
    </message>
    <message>
        <source>Hold an ice cube until it melts</source>
        <translation>Dal ciwb iâ nes ei fod yn toddi</translation>
    </message>
    <message>
        <source>Go for a walk round the block</source>
        <translation>Mynd am dro o gwmpas y bloc</translation>
    </message>
    <message>
        <source>Listen to my calm playlist</source>
        <translation>Gwrando ar fy rhestr chwarae dawel</translation>
    </message>
    <message>
        <source>People and places that take my mind off things</source>
        <translation>Pobl a llefydd sy&apos;n tynnu fy sylw</translation>
    </message>
    <message>
        <source>Who could you be with, or where could you go, to feel a bit better for a while? You don&apos;t have to tell them how you feel.</source>
        <translation>Gyda phwy allech chi fod, neu ble allech chi fynd, i deimlo ychydig yn well am sbel? Does dim rhaid i chi ddweud wrthyn nhw sut rydych chi&apos;n teimlo.</translation>
    </message>
    <message>
        <source>The library or a café</source>
        <translation>Y llyfrgell neu gaffi</translation>
    </message>
    <message>
        <source>Watching a film with my sister</source>
        <translation>Gwylio ffilm gyda fy chwaer</translation>
    </message>
    <message>
        <source>People I can ask for help</source>
        <translation>Pobl y gallaf ofyn iddyn nhw am help</translation>
    </message>
    <message>
        <source>Who could you talk to, or ask for help, when things get hard?</source>
        <translation>Gyda phwy allech chi siarad, neu ofyn am help, pan fydd pethau&apos;n mynd yn anodd?</translation>
    </message>
    <message>
        <source>Professionals and services I can contact</source>
        <translation>Gwasanaethau a gweithwyr proffesiynol</translation>
    </message>
    <message>
        <source>Which services or professionals can you contact in a crisis, and when can you reach them? You can add the crisis lines ready-made.</source>
        <translation>Pa wasanaethau neu weithwyr proffesiynol allwch chi gysylltu â nhw mewn argyfwng, a phryd gallwch chi gael gafael arnyn nhw? Gallwch chi ychwanegu&apos;r llinellau argyfwng yn barod.</translation>
    </message>
    <message>
        <source>Making my surroundings safer</source>
        <translation>Gwneud fy amgylchedd yn fwy diogel</translation>
    </message>
    <message>
        <source>What could you do, or ask someone to do, to make where you are safer when you feel this way?</source>
        <translation>Beth allech chi ei wneud, neu ofyn i rywun ei wneud, i wneud lle rydych chi&apos;n fwy diogel pan fyddwch chi&apos;n teimlo fel hyn?</translation>
    </message>
    <message>
        <source>Ask my partner to keep hold of my medicines</source>
        <translation>Gofyn i fy mhartner gadw fy meddyginiaethau</translation>
    </message>
    <message>
        <source>Go somewhere with other people around</source>
        <translation>Mynd i rywle lle mae pobl eraill o gwmpas</translation>
    </message>
    <message>
        <source>What matters to me</source>
        <translation>Beth sy&apos;n bwysig i mi</translation>
    </message>
    <message>
        <source>What matters most to you, and is worth holding on for? You can add pictures too.</source>
        <translation>Beth sydd bwysicaf i chi, ac sy&apos;n werth dal ati er ei fwyn? Gallwch chi ychwanegu lluniau hefyd.</translation>
    </message>
    <message>
        <source>My dog, Biscuit</source>
        <translation>Fy nghi, Bisged</translation>
    </message>
    <message>
        <source>Seeing my niece grow up</source>
        <translation>Gweld fy nith yn tyfu i fyny</translation>
    </message>
    <message>
        <source>If I do self-harm, how I look after myself</source>
        <translation>Gofalu amdanaf fy hun ar ôl hunan-niweidio</translation>
    </message>
    <message>
        <source>Where is your first-aid kit? How will you look after any injury, and when will you get medical help?</source>
        <translation>Ble mae eich pecyn cymorth cyntaf? Sut byddwch chi&apos;n gofalu am unrhyw anaf, a phryd byddwch chi&apos;n cael help meddygol?</translation>
    </message>
    <message>
        <source>My first-aid kit is in the bathroom cupboard</source>
        <translation>Mae fy mhecyn cymorth cyntaf yng nghwpwrdd yr ystafell ymolchi</translation>
    </message>
    <message>
        <source>If I&apos;m not sure, I will call 111 or go to A&amp;E</source>
        <translation>Os nad ydw i&apos;n siŵr, bydda i&apos;n ffonio 111 neu&apos;n mynd i&apos;r Adran Achosion Brys</translation>
    </message>
    <message>
        <source>My strengths and what has helped before</source>
        <translation>Fy nghryfderau a beth sydd wedi helpu</translation>
    </message>
    <message>
        <source>What are you good at? What has helped you get through hard times before?</source>
        <translation>Beth rydych chi&apos;n dda yn ei wneud? Beth sydd wedi&apos;ch helpu chi i ddod drwy adegau anodd o&apos;r blaen?</translation>
    </message>
    <message>
        <source>I&apos;m a good listener</source>
        <translation>Rwy&apos;n gwrando&apos;n dda</translation>
    </message>
    <message>
        <source>Art helped me last winter</source>
        <translation>Fe wnaeth celf fy helpu y gaeaf diwethaf</translation>
    </message>
    <message>
        <source>What I&apos;d like help with</source>
        <translation>Beth hoffwn i gael help gydag e</translation>
    </message>
    <message>
        <source>Is there anything you&apos;d like help with: your health, money, housing, relationships, or children or others who depend on you?</source>
        <translation>Oes unrhyw beth yr hoffech chi gael help gydag e: eich iechyd, arian, tai, perthnasoedd, neu blant neu eraill sy&apos;n dibynnu arnoch chi?</translation>
    </message>
    <message>
        <source>Sorting out my benefits</source>
        <translation>Trefnu fy mudd-daliadau</translation>
    </message>
    <message>
        <source>Sleeping better</source>
        <translation>Cysgu&apos;n well</translation>
    </message>
    <message>
        <source>My longer-term goals</source>
        <translation>Fy nodau tymor hirach</translation>
    </message>
    <message>
        <source>Where would you like to be in a year or two: learning, work, relationships, home?</source>
        <translation>Ble hoffech chi fod ymhen blwyddyn neu ddwy: dysgu, gwaith, perthnasoedd, cartref?</translation>
    </message>
    <message>
        <source>Go back to college</source>
        <translation>Mynd yn ôl i&apos;r coleg</translation>
    </message>
    <message>
        <source>Live in my own flat</source>
        <translation>Byw yn fy fflat fy hun</translation>
    </message>
    <message>
        <source>Short-term steps</source>
        <translation>Camau tymor byr</translation>
    </message>
    <message>
        <source>What small step could you take in the next few weeks towards one of your longer-term goals?</source>
        <translation>Pa gam bach allech chi ei gymryd yn yr ychydig wythnosau nesaf tuag at un o&apos;ch nodau tymor hirach?</translation>
    </message>
    <message>
        <source>Look at college courses online</source>
        <translation>Edrych ar gyrsiau coleg ar-lein</translation>
    </message>
    <message>
        <source>Who does what</source>
        <translation>Pwy sy&apos;n gwneud beth</translation>
    </message>
    <message>
        <source>Who is part of your care, what do they do, and how can you reach them? You can include yourself.</source>
        <translation>Pwy sy&apos;n rhan o&apos;ch gofal, beth maen nhw&apos;n ei wneud, a sut gallwch chi gysylltu â nhw? Gallwch chi gynnwys eich hun.</translation>
    </message>
    <message>
        <source>If I&apos;m in crisis: what I would like</source>
        <translation>Os ydw i mewn argyfwng: beth hoffwn i</translation>
    </message>
    <message>
        <source>What helps you avoid a hospital stay? If you did have to go, what would you want? Who or what depends on you (people, pets)? Anything you have decided in advance?</source>
        <translation>Beth sy&apos;n eich helpu i osgoi aros yn yr ysbyty? Petai&apos;n rhaid i chi fynd, beth fyddech chi ei eisiau? Pwy neu beth sy&apos;n dibynnu arnoch chi (pobl, anifeiliaid anwes)? Unrhyw beth rydych chi wedi&apos;i benderfynu ymlaen llaw?</translation>
    </message>
    <message>
        <source>Please call my mum to look after my cat</source>
        <translation>Ffoniwch fy mam i ofalu am fy nghath, os gwelwch yn dda</translation>
    </message>
    <message>
        <source>Being somewhere quiet helps me</source>
        <translation>Mae bod rhywle tawel yn fy helpu</translation>
    </message>
    <message>
        <source>Your name, as you like to be called</source>
        <translation>Eich enw, fel rydych chi&apos;n hoffi cael eich galw</translation>
    </message>
    <message>
        <source>Plan made on</source>
        <translation>Dyddiad gwneud y cynllun</translation>
    </message>
    <message>
        <source>Next review</source>
        <translation>Adolygiad nesaf</translation>
    </message>
    <message>
        <source>Made with</source>
        <translation>Wedi&apos;i wneud gyda</translation>
    </message>
</context>
<context>
    <name>Print</name>
    <message>
        <source>Relationship</source>
        <translation>Perthynas</translation>
    </message>
    <message>
        <source>What they do</source>
        <translation>Beth maen nhw&apos;n ei wneud</translation>
    </message>
    <message>
        <source>When to contact</source>
        <translation>Pryd i gysylltu</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Nodiadau</translation>
    </message>
    <message>
        <source>Helps with the goal</source>
        <translation>Yn helpu gyda&apos;r nod</translation>
    </message>
    <message>
        <source>Safety plan for {name}</source>
        <translation>Cynllun diogelwch ar gyfer {name}</translation>
    </message>
    <message>
        <source>My safety plan</source>
        <translation>Fy nghynllun diogelwch</translation>
    </message>
    <message>
        <source>Shared by {name} with {who} on {date}, with these sections: {sections}.</source>
        <translation>Wedi&apos;i rannu gan {name} gyda {who} ar {date}, gyda&apos;r adrannau hyn: {sections}.</translation>
    </message>
    <message>
        <source>Shared with {who} on {date}, with these sections: {sections}.</source>
        <translation>Wedi&apos;i rannu gyda {who} ar {date}, gyda&apos;r adrannau hyn: {sections}.</translation>
    </message>
    <message>
        <source>Shared by {name} on {date}, with these sections: {sections}.</source>
        <translation>Wedi&apos;i rannu gan {name} ar {date}, gyda&apos;r adrannau hyn: {sections}.</translation>
    </message>
    <message>
        <source>Shared on {date}, with these sections: {sections}.</source>
        <translation>Wedi&apos;i rannu ar {date}, gyda&apos;r adrannau hyn: {sections}.</translation>
    </message>
    <message>
        <source>Crisis lines</source>
        <translation>Llinellau argyfwng</translation>
    </message>
    <message>
        <source>Crisis line details as of {date}.</source>
        <translation>Manylion y llinellau argyfwng fel yr oedden nhw ar {date}.</translation>
    </message>
    <message>
        <source>Safety plan, shared with {who}</source>
        <translation>Cynllun diogelwch, wedi&apos;i rannu gyda {who}</translation>
    </message>
    <message>
        <source>Safety plan</source>
        <translation>Cynllun diogelwch</translation>
    </message>
    <message>
        <source>{name}&apos;s safety plan · printed {date}</source>
        <translation>Cynllun diogelwch {name} · wedi&apos;i argraffu {date}</translation>
    </message>
    <message>
        <source>Safety plan · printed {date}</source>
        <translation>Cynllun diogelwch · wedi&apos;i argraffu {date}</translation>
    </message>
    <message>
        <source>Page {page} of {pages}</source>
        <translation>Tudalen {page} o {pages}</translation>
    </message>
    <message>
        <source>If things get hard</source>
        <translation>Os bydd pethau&apos;n mynd yn anodd</translation>
    </message>
    <message>
        <source>Wallet crisis card</source>
        <translation>Cerdyn argyfwng i&apos;r waled</translation>
    </message>
    <message>
        <source>My warning signs</source>
        <translation>Fy arwyddion rhybudd</translation>
    </message>
    <message>
        <source>Three things I can do</source>
        <translation>Tri pheth y gallaf eu gwneud</translation>
    </message>
    <message>
        <source>People I can call</source>
        <translation>Pobl y gallaf eu ffonio</translation>
    </message>
    <message>
        <source>Services and crisis lines</source>
        <translation>Gwasanaethau a llinellau argyfwng</translation>
    </message>
    <message>
        <source>Cut along the dashed line, then fold along the dotted lines to make a card the size of a bank card.</source>
        <translation>Torrwch ar hyd y llinell doredig, yna plygwch ar hyd y llinellau dotiog i wneud cerdyn maint cerdyn banc.</translation>
    </message>
    <message>
        <source>What works for me</source>
        <translation>Beth sy&apos;n gweithio i mi</translation>
    </message>
    <message>
        <source>From my diary: how often I used each thing, how often it helped, and how the urge or distress (0 to 10) changed afterwards, on average.</source>
        <translation>O fy nyddiadur: pa mor aml y defnyddiais i bob peth, pa mor aml y gwnaeth helpu, a sut newidiodd yr ysfa neu&apos;r trallod (0 i 10) wedyn, ar gyfartaledd.</translation>
    </message>
    <message>
        <source>{period}, up to {date}</source>
        <translation>{period}, hyd at {date}</translation>
    </message>
    <message>
        <source>Time covered</source>
        <translation>Cyfnod</translation>
    </message>
    <message>
        <source>What I tried</source>
        <translation>Beth wnes i roi cynnig arno</translation>
    </message>
    <message>
        <source>Times used</source>
        <translation>Sawl gwaith y&apos;i defnyddiwyd</translation>
    </message>
    <message>
        <source>Times it helped</source>
        <translation>Sawl gwaith y gwnaeth helpu</translation>
    </message>
    <message>
        <source>Urge or distress afterwards</source>
        <translation>Yr ysfa neu&apos;r trallod wedyn</translation>
    </message>
    <message>
        <source>no change</source>
        <translation>dim newid</translation>
    </message>
    <message>
        <source>down {amount}</source>
        <translation>i lawr {amount}</translation>
    </message>
    <message>
        <source>up {amount}</source>
        <translation>i fyny {amount}</translation>
    </message>
</context>
<context>
    <name>PrintPreview</name>
    <message>
        <source>Print preview</source>
        <translation>Rhagolwg argraffu</translation>
    </message>
    <message>
        <source>Preview of the printed pages</source>
        <translation>Rhagolwg o&apos;r tudalennau wedi&apos;u hargraffu</translation>
    </message>
    <message>
        <source>Zoom &amp;in</source>
        <translation>Chwyddo &amp;i mewn</translation>
    </message>
    <message>
        <source>Zoom &amp;out</source>
        <translation>Chwyddo &amp;allan</translation>
    </message>
    <message>
        <source>&amp;Fit to width</source>
        <translation>&amp;Ffitio i&apos;r lled</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>A&amp;rgraffu…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>QAbstractSpinBox</name>
    <message>
        <source>&amp;Select All</source>
        <translation>&amp;Dewis y cyfan</translation>
    </message>
    <message>
        <source>&amp;Step up</source>
        <translation>Cam i &amp;fyny</translation>
    </message>
    <message>
        <source>Step &amp;down</source>
        <translation>Cam i &amp;lawr</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Agor</translation>
    </message>
    <message>
        <source>&amp;Choose</source>
        <translation>&amp;Dewis</translation>
    </message>
    <message>
        <source>File &amp;name:</source>
        <translation>&amp;Enw&apos;r ffeil:</translation>
    </message>
    <message>
        <source>Directory:</source>
        <translation>Ffolder:</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Ymlaen</translation>
    </message>
    <message>
        <source>Parent Directory</source>
        <translation>Ffolder uwch</translation>
    </message>
    <message>
        <source>Create New Folder</source>
        <translation>Creu ffolder newydd</translation>
    </message>
    <message>
        <source>List View</source>
        <translation>Golwg rhestr</translation>
    </message>
    <message>
        <source>Detail View</source>
        <translation>Golwg manylion</translation>
    </message>
    <message>
        <source>New Folder</source>
        <translation>Ffolder newydd</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Lleoedd diweddar</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Bar ochr</translation>
    </message>
    <message>
        <source>Go back</source>
        <translation>Mynd yn ôl</translation>
    </message>
    <message>
        <source>Go forward</source>
        <translation>Mynd ymlaen</translation>
    </message>
    <message>
        <source>Go to the parent directory</source>
        <translation>Mynd i&apos;r ffolder uwch</translation>
    </message>
    <message>
        <source>Create a New Folder</source>
        <translation>Creu ffolder newydd</translation>
    </message>
    <message>
        <source>Change to list view mode</source>
        <translation>Newid i olwg rhestr</translation>
    </message>
    <message>
        <source>Change to detail view mode</source>
        <translation>Newid i olwg manylion</translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Dangos ffeiliau c&amp;udd</translation>
    </message>
    <message>
        <source>&amp;Rename</source>
        <translation>A&amp;ilenwi</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Di&amp;leu</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Ffolder &amp;newydd</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>Mae %1 yn bodoli&apos;n barod.
Ydych chi eisiau rhoi&apos;r un newydd yn ei le?</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>Name</source>
        <translation>Enw</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Maint</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>Date Modified</source>
        <translation>Dyddiad newid</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Math</translation>
    </message>
    <message>
        <source>My Computer</source>
        <translation>Fy nghyfrifiadur</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Cyfrifiadur</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <source>OK</source>
        <translation>Iawn</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>Cadw</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Canslo</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Dadwneud</translation>
    </message>
    <message>
        <source>&amp;Redo</source>
        <translation>&amp;Ailwneud</translation>
    </message>
    <message>
        <source>Cu&amp;t</source>
        <translation>&amp;Torri</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Copïo</translation>
    </message>
    <message>
        <source>&amp;Paste</source>
        <translation>&amp;Gludo</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Dileu</translation>
    </message>
    <message>
        <source>Select All</source>
        <translation>Dewis y cyfan</translation>
    </message>
    <message>
        <source>Copy &amp;Link Location</source>
        <translation>Copïo cyfeiriad y ddo&amp;len</translation>
    </message>
</context>
<context>
    <name>RecoverPage</name>
    <message>
        <source>Set a new passphrase</source>
        <translation>Gosod cyfrinymadrodd newydd</translation>
    </message>
    <message>
        <source>Type the recovery key you wrote down when you made your plan, then choose a new passphrase. Capital letters and dashes don&apos;t matter.</source>
        <translation>Teipiwch yr allwedd adfer a ysgrifennoch chi i lawr pan wnaethoch chi eich cynllun, yna dewiswch gyfrinymadrodd newydd. Does dim ots am briflythrennau na llinellau doriad.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <source>&amp;Recovery key</source>
        <translation>&amp;Allwedd adfer</translation>
    </message>
    <message>
        <source>&amp;New passphrase</source>
        <translation>Cyfrinymadrodd &amp;newydd</translation>
    </message>
    <message>
        <source>Setting your new passphrase…</source>
        <translation>Wrthi&apos;n gosod eich cyfrinymadrodd newydd…</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Yn ôl</translation>
    </message>
    <message>
        <source>Set new passphrase</source>
        <translation>Gosod cyfrinymadrodd newydd</translation>
    </message>
</context>
<context>
    <name>RecoveryKeyPage</name>
    <message>
        <source>Your recovery key</source>
        <translation>Eich allwedd adfer</translation>
    </message>
    <message>
        <source>If you ever forget your passphrase, this key lets you set a new one. Write it down or print it, and keep it somewhere safe and private. It is shown only this once.</source>
        <translation>Os byddwch chi byth yn anghofio eich cyfrinymadrodd, mae&apos;r allwedd hon yn gadael i chi osod un newydd. Ysgrifennwch hi i lawr neu ei hargraffu, a&apos;i chadw rywle diogel a phreifat. Dim ond y tro hwn y caiff ei dangos.</translation>
    </message>
    <message>
        <source>Recovery key</source>
        <translation>Allwedd adfer</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>C&amp;opïo</translation>
    </message>
    <message>
        <source>Copy the recovery key</source>
        <translation>Copïo&apos;r allwedd adfer</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Argraffu…</translation>
    </message>
    <message>
        <source>Print the recovery key</source>
        <translation>Argraffu&apos;r allwedd adfer</translation>
    </message>
    <message>
        <source>I have written it down</source>
        <translation>Rydw i wedi&apos;i hysgrifennu i lawr</translation>
    </message>
    <message>
        <source>Copied. It will be cleared from the clipboard in a minute.</source>
        <translation>Wedi copïo. Caiff ei chlirio o&apos;r clipfwrdd ymhen munud.</translation>
    </message>
    <message>
        <source>SafetyPlan recovery key</source>
        <translation>Allwedd adfer SafetyPlan</translation>
    </message>
</context>
<context>
    <name>RightNowDialog</name>
    <message>
        <source>Right now</source>
        <translation>Ar hyn o bryd</translation>
    </message>
    <message>
        <source>How strong is the urge or distress right now?</source>
        <translation>Pa mor gryf yw&apos;r ysfa neu&apos;r trallod ar hyn o bryd?</translation>
    </message>
    <message>
        <source>Take a slow breath. There are no right or wrong answers here, and you can skip anything.</source>
        <translation>Anadlwch yn araf. Does dim atebion cywir nac anghywir yma, a gallwch chi hepgor unrhyw beth.</translation>
    </message>
    <message>
        <source>Things from your plan</source>
        <translation>Pethau o&apos;ch cynllun</translation>
    </message>
    <message>
        <source>Something else you&apos;ll try</source>
        <translation>Rhywbeth arall y byddwch chi&apos;n rhoi cynnig arno</translation>
    </message>
    <message>
        <source>Write something else to try</source>
        <translation>Ysgrifennwch rywbeth arall i roi cynnig arno</translation>
    </message>
    <message>
        <source>From your plan, things you can do on your own:</source>
        <translation>O&apos;ch cynllun, pethau y gallwch chi eu gwneud ar eich pen eich hun:</translation>
    </message>
    <message>
        <source>Your plan doesn&apos;t list things to do on your own yet. You can write one here.</source>
        <translation>Dydy eich cynllun ddim yn rhestru pethau i&apos;w gwneud ar eich pen eich hun eto. Gallwch chi ysgrifennu un yma.</translation>
    </message>
    <message>
        <source>&amp;Or something else:</source>
        <translation>&amp;Neu rywbeth arall:</translation>
    </message>
    <message>
        <source>What would you like to try?</source>
        <translation>Beth hoffech chi roi cynnig arno?</translation>
    </message>
    <message>
        <source>Would you like to give it some time?</source>
        <translation>Hoffech chi roi ychydig o amser iddo?</translation>
    </message>
    <message>
        <source>If you like, start the timer and stay with what you&apos;re doing. When the time is up, you&apos;ll be asked how you feel. You can stop at any time.</source>
        <translation>Os hoffech chi, dechreuwch yr amserydd ac arhoswch gyda&apos;r hyn rydych chi&apos;n ei wneud. Pan fydd yr amser ar ben, byddwch chi&apos;n cael eich holi sut rydych chi&apos;n teimlo. Gallwch chi stopio unrhyw bryd.</translation>
    </message>
    <message>
        <source>Time left</source>
        <translation>Amser ar ôl</translation>
    </message>
    <message>
        <source>S&amp;tart the timer</source>
        <translation>Dechrau&apos;r &amp;amserydd</translation>
    </message>
    <message>
        <source>S&amp;top the timer</source>
        <translation>&amp;Stopio&apos;r amserydd</translation>
    </message>
    <message>
        <source>The time is up. Take your time.</source>
        <translation>Mae&apos;r amser ar ben. Cymerwch eich amser.</translation>
    </message>
    <message>
        <source>How do you feel now?</source>
        <translation>Sut rydych chi&apos;n teimlo nawr?</translation>
    </message>
    <message>
        <source>How strong is the urge or distress now, from 0 to 10?</source>
        <translation>Pa mor gryf yw&apos;r ysfa neu&apos;r trallod nawr, o 0 i 10?</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Do</translation>
    </message>
    <message>
        <source>A bit</source>
        <translation>Ychydig</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Naddo</translation>
    </message>
    <message>
        <source>Whatever the answer, it&apos;s useful to know.</source>
        <translation>Beth bynnag yw&apos;r ateb, mae&apos;n ddefnyddiol gwybod.</translation>
    </message>
    <message>
        <source>Did it help?</source>
        <translation>Wnaeth e helpu?</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Yn ôl</translation>
    </message>
    <message>
        <source>S&amp;kip</source>
        <translation>&amp;Hepgor</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>Nesa&amp;f</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Cadw</translation>
    </message>
    <message>
        <source>Leave this question out</source>
        <translation>Gadael y cwestiwn hwn allan</translation>
    </message>
    <message>
        <source>Save what you&apos;ve answered and close</source>
        <translation>Cadw beth rydych chi wedi&apos;i ateb a chau</translation>
    </message>
    <message>
        <source>You&apos;re trying: %1</source>
        <translation>Rydych chi&apos;n rhoi cynnig ar: %1</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Oedi</translation>
    </message>
    <message>
        <source>&amp;Carry on</source>
        <translation>&amp;Parhau</translation>
    </message>
</context>
<context>
    <name>SectionModel</name>
    <message>
        <source>Empty entry</source>
        <translation>Cofnod gwag</translation>
    </message>
</context>
<context>
    <name>SectionNavigation</name>
    <message>
        <source>Sections of your plan</source>
        <translation>Adrannau eich cynllun</translation>
    </message>
    <message>
        <source>Use the arrow keys to choose a section. F6 moves between this list and the section you are in.</source>
        <translation>Defnyddiwch y bysellau saeth i ddewis adran. Mae F6 yn symud rhwng y rhestr hon a&apos;r adran rydych chi ynddi.</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title} ({count})</translation>
    </message>
    <message>
        <source>{title}, entries: {count}</source>
        <translation>{title}, cofnodion: {count}</translation>
    </message>
    <message>
        <source>{title}, nothing yet</source>
        <translation>{title}, dim byd eto</translation>
    </message>
    <message>
        <source>Plan details</source>
        <translation>Manylion y cynllun</translation>
    </message>
</context>
<context>
    <name>SectionPage</name>
    <message>
        <source>Your entries: {section}</source>
        <translation>Eich cofnodion: {section}</translation>
    </message>
    <message>
        <source>Use the arrow keys to choose an entry. Enter to change it, Delete to remove it, Alt+Up and Alt+Down to move it.</source>
        <translation>Defnyddiwch y bysellau saeth i ddewis cofnod. Enter i&apos;w newid, Delete i&apos;w dynnu, Alt+Up ac Alt+Down i&apos;w symud.</translation>
    </message>
    <message>
        <source>Nothing here yet. Choose Add to write your own, or start from an example.</source>
        <translation>Does dim byd yma eto. Dewiswch Ychwanegu i ysgrifennu eich un chi, neu dechreuwch o enghraifft.</translation>
    </message>
    <message>
        <source>Nothing here yet. Choose Add to write your own.</source>
        <translation>Does dim byd yma eto. Dewiswch Ychwanegu i ysgrifennu eich un chi.</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ychwanegu</translation>
    </message>
    <message>
        <source>Add an entry</source>
        <translation>Ychwanegu cofnod</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>Symud i &amp;fyny</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Symud i fyny</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>Symud i la&amp;wr</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Symud i lawr</translation>
    </message>
    <message>
        <source>Re&amp;move</source>
        <translation>&amp;Tynnu</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Tynnu</translation>
    </message>
    <message>
        <source>Not sure what to write? Start from an example, then change the words:</source>
        <translation>Ddim yn siŵr beth i&apos;w ysgrifennu? Dechreuwch o enghraifft, yna newidiwch y geiriau:</translation>
    </message>
    <message>
        <source>Use the example: {text}</source>
        <translation>Defnyddio&apos;r enghraifft: {text}</translation>
    </message>
    <message>
        <source>Crisis lines you can add, ready-made:</source>
        <translation>Llinellau argyfwng y gallwch chi eu hychwanegu, yn barod:</translation>
    </message>
    <message>
        <source>{name}: {number}</source>
        <translation>{name}: {number}</translation>
    </message>
    <message>
        <source>Add {name} to your plan</source>
        <translation>Ychwanegu {name} at eich cynllun</translation>
    </message>
    <message>
        <source>Looking after an injury</source>
        <translation>Gofalu am anaf</translation>
    </message>
    <message>
        <source>When to get emergency help</source>
        <translation>Pryd i gael help brys</translation>
    </message>
    <message>
        <source>Read more in the information library:</source>
        <translation>Darllenwch fwy yn y llyfrgell wybodaeth:</translation>
    </message>
    <message>
        <source>Opens a page in the information library.</source>
        <translation>Yn agor tudalen yn y llyfrgell wybodaeth.</translation>
    </message>
    <message>
        <source>Removed. &lt;a href=&quot;undo&quot;&gt;Undo&lt;/a&gt; ({keys})</source>
        <translation>Wedi tynnu. &lt;a href=&quot;undo&quot;&gt;Dadwneud&lt;/a&gt; ({keys})</translation>
    </message>
    <message>
        <source>Removed. Undo with {keys}</source>
        <translation>Wedi tynnu. Dadwneud gyda {keys}</translation>
    </message>
    <message>
        <source>{line} (in your plan)</source>
        <translation>{line} (yn eich cynllun)</translation>
    </message>
    <message>
        <source>Choose a picture</source>
        <translation>Dewis llun</translation>
    </message>
    <message>
        <source>Pictures ({patterns})</source>
        <translation>Lluniau ({patterns})</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Gosodiadau</translation>
    </message>
    <message>
        <source>Lock my plan after this long unused</source>
        <translation>Cloi fy nghynllun ar ôl hyn o amser heb ei ddefnyddio</translation>
    </message>
    <message>
        <source>&amp;Lock my plan after this long unused</source>
        <translation>&amp;Cloi fy nghynllun ar ôl hyn o amser heb ei ddefnyddio</translation>
    </message>
    <message>
        <source>&amp;Discreet mode</source>
        <translation>Modd c&amp;ynnil</translation>
    </message>
    <message>
        <source>Discreet mode</source>
        <translation>Modd cynnil</translation>
    </message>
    <message>
        <source>The window shows a plain title and icon.</source>
        <translation>Mae&apos;r ffenest yn dangos teitl ac eicon plaen.</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Iaith</translation>
    </message>
    <message>
        <source>System language</source>
        <translation>Iaith y system</translation>
    </message>
    <message>
        <source>L&amp;anguage</source>
        <translation>&amp;Iaith</translation>
    </message>
    <message>
        <source>This translation is new: a fluent speaker has not checked it yet. Crisis lines and information pages are in English.</source>
        <translation>Mae&apos;r cyfieithiad hwn yn newydd: dydy siaradwr Cymraeg rhugl ddim wedi&apos;i wirio eto. Mae&apos;r llinellau argyfwng a&apos;r tudalennau gwybodaeth yn Saesneg.</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Maint y testun</translation>
    </message>
    <message>
        <source>&amp;Text size</source>
        <translation>&amp;Maint y testun</translation>
    </message>
    <message>
        <source>&amp;High contrast</source>
        <translation>Cyferbyniad &amp;uchel</translation>
    </message>
    <message>
        <source>High contrast</source>
        <translation>Cyferbyniad uchel</translation>
    </message>
    <message>
        <source>&amp;Ask about self-harm in the diary</source>
        <translation>&amp;Gofyn am hunan-niweidio yn y dyddiadur</translation>
    </message>
    <message>
        <source>Ask about self-harm in the diary</source>
        <translation>Gofyn am hunan-niweidio yn y dyddiadur</translation>
    </message>
    <message>
        <source>The diary asks &quot;Did you hurt yourself?&quot;. You can always skip it.</source>
        <translation>Mae&apos;r dyddiadur yn gofyn &quot;Wnaethoch chi frifo eich hun?&quot;. Gallwch chi ei hepgor bob amser.</translation>
    </message>
    <message>
        <source>These settings hold nothing from your plan.</source>
        <translation>Does dim byd o&apos;ch cynllun yn y gosodiadau hyn.</translation>
    </message>
    <message>
        <source>&amp;Change my passphrase…</source>
        <translation>Newid fy &amp;nghyfrinymadrodd…</translation>
    </message>
    <message>
        <source>Your plan file</source>
        <translation>Ffeil eich cynllun</translation>
    </message>
    <message>
        <source>To move your plan to another computer, or to keep a spare copy.</source>
        <translation>I symud eich cynllun i gyfrifiadur arall, neu i gadw copi sbâr.</translation>
    </message>
    <message>
        <source>&amp;Save a copy of my plan…</source>
        <translation>C&amp;adw copi o fy nghynllun…</translation>
    </message>
    <message>
        <source>&amp;Replace my plan with a copy…</source>
        <translation>Disodli fy nghynllun â cho&amp;pi…</translation>
    </message>
    <message numerus="yes">
        <source> minutes</source>
        <comment>after a number</comment>
        <translation>
            <numerusform> munud</numerusform>
            <numerusform> munud</numerusform>
            <numerusform> munud</numerusform>
            <numerusform> munud</numerusform>
            <numerusform> munud</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ShareDialog</name>
    <message>
        <source>Print or share your plan</source>
        <translation>Argraffu neu rannu eich cynllun</translation>
    </message>
    <message>
        <source>Only the sections you tick are printed. Nothing else is.</source>
        <translation>Dim ond yr adrannau rydych chi&apos;n eu ticio sy&apos;n cael eu hargraffu. Dim byd arall.</translation>
    </message>
    <message>
        <source>Sections to include</source>
        <translation>Adrannau i&apos;w cynnwys</translation>
    </message>
    <message>
        <source>%1 (empty)</source>
        <translation>%1 (gwag)</translation>
    </message>
    <message>
        <source>%1, empty</source>
        <translation>%1, gwag</translation>
    </message>
    <message>
        <source>&amp;Tick all</source>
        <translation>&amp;Ticio&apos;r cyfan</translation>
    </message>
    <message>
        <source>&amp;Untick all</source>
        <translation>&amp;Dad-dicio&apos;r cyfan</translation>
    </message>
    <message>
        <source>my GP</source>
        <translation>fy meddyg teulu</translation>
    </message>
    <message>
        <source>my family</source>
        <translation>fy nheulu</translation>
    </message>
    <message>
        <source>my care coordinator</source>
        <translation>fy nghydgysylltydd gofal</translation>
    </message>
    <message>
        <source>For example, my GP</source>
        <translation>Er enghraifft, fy meddyg teulu</translation>
    </message>
    <message>
        <source>Who is it for?</source>
        <translation>Ar gyfer pwy mae e?</translation>
    </message>
    <message>
        <source>&amp;Who is it for?</source>
        <translation>Ar gyfer &amp;pwy mae e?</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Letter (UDA)</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Maint y papur</translation>
    </message>
    <message>
        <source>&amp;Paper size</source>
        <translation>&amp;Maint y papur</translation>
    </message>
    <message>
        <source>What to print</source>
        <translation>Beth i&apos;w argraffu</translation>
    </message>
    <message>
        <source>&amp;Full plan</source>
        <translation>Cynllun &amp;llawn</translation>
    </message>
    <message>
        <source>&amp;Large print</source>
        <translation>Print &amp;bras</translation>
    </message>
    <message>
        <source>Wallet &amp;crisis card</source>
        <translation>Cerdyn &amp;argyfwng i&apos;r waled</translation>
    </message>
    <message>
        <source>Folds to bank card size</source>
        <translation>Yn plygu i faint cerdyn banc</translation>
    </message>
    <message>
        <source>Put my &amp;name on the card</source>
        <translation>Rhoi fy &amp;enw ar y cerdyn</translation>
    </message>
    <message>
        <source>Put my name on the card</source>
        <translation>Rhoi fy enw ar y cerdyn</translation>
    </message>
    <message>
        <source>W&amp;hat works for me</source>
        <translation>Bet&amp;h sy&apos;n gweithio i mi</translation>
    </message>
    <message>
        <source>The figures from your diary, without the sections of your plan</source>
        <translation>Y ffigurau o&apos;ch dyddiadur, heb adrannau eich cynllun</translation>
    </message>
    <message>
        <source>Time to cover</source>
        <translation>Y cyfnod i&apos;w gynnwys</translation>
    </message>
    <message>
        <source>Ti&amp;me to cover</source>
        <translation>Y cyfnod i&apos;w &amp;gynnwys</translation>
    </message>
    <message>
        <source>In lar&amp;ge print</source>
        <translation>Mewn print bra&amp;s</translation>
    </message>
    <message>
        <source>In large print</source>
        <translation>Mewn print bras</translation>
    </message>
    <message>
        <source>Nothing noted for this time yet, so there is nothing to print. You could choose a longer time.</source>
        <translation>Does dim byd wedi&apos;i nodi ar gyfer y cyfnod hwn eto, felly does dim byd i&apos;w argraffu. Gallech chi ddewis cyfnod hirach.</translation>
    </message>
    <message>
        <source>&amp;Save as PDF…</source>
        <translation>&amp;Cadw fel PDF…</translation>
    </message>
    <message>
        <source>P&amp;rint…</source>
        <translation>A&amp;rgraffu…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cau</translation>
    </message>
    <message>
        <source>The “What works for me” page has only the figures from your diary, for the time you choose. Nothing from your plan is on it, so the sections don&apos;t apply.</source>
        <translation>Dim ond y ffigurau o&apos;ch dyddiadur, ar gyfer y cyfnod rydych chi&apos;n ei ddewis, sydd ar y dudalen “Beth sy&apos;n gweithio i mi”. Does dim byd o&apos;ch cynllun arni, felly dydy&apos;r adrannau ddim yn berthnasol.</translation>
    </message>
    <message>
        <source>Before you save</source>
        <translation>Cyn i chi gadw</translation>
    </message>
    <message>
        <source>This PDF is not encrypted. Anyone who opens it can read it.</source>
        <translation>Dydy&apos;r PDF hwn ddim wedi&apos;i amgryptio. Gall unrhyw un sy&apos;n ei agor ei ddarllen.</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>Cadw fel PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Ffeiliau PDF (*.pdf)</translation>
    </message>
    <message>
        <source>crisis-card.pdf</source>
        <translation>cerdyn-argyfwng.pdf</translation>
    </message>
    <message>
        <source>what-works-for-me.pdf</source>
        <translation>beth-syn-gweithio-i-mi.pdf</translation>
    </message>
    <message>
        <source>safety-plan.pdf</source>
        <translation>cynllun-diogelwch.pdf</translation>
    </message>
</context>
<context>
    <name>TranslationStatus</name>
    <message>
        <source>reviewed</source>
        <comment>Translate as &quot;reviewed&quot; only once a fluent speaker has checked the whole translation. Until then, translate as &quot;awaiting review&quot;, saying by whom.</comment>
        <translation>awaiting review by a Welsh-speaking reviewer</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <source>add an entry</source>
        <translation>ychwanegu cofnod</translation>
    </message>
    <message>
        <source>remove an entry</source>
        <translation>tynnu cofnod</translation>
    </message>
    <message>
        <source>move an entry</source>
        <translation>symud cofnod</translation>
    </message>
    <message>
        <source>typing</source>
        <translation>teipio</translation>
    </message>
    <message>
        <source>add a picture</source>
        <translation>ychwanegu llun</translation>
    </message>
    <message>
        <source>remove a picture</source>
        <translation>tynnu llun</translation>
    </message>
    <message>
        <source>change the plan details</source>
        <translation>newid manylion y cynllun</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source>Your plan is locked</source>
        <translation>Mae eich cynllun wedi&apos;i gloi</translation>
    </message>
    <message>
        <source>Type your passphrase to open your plan.</source>
        <translation>Teipiwch eich cyfrinymadrodd i agor eich cynllun.</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Cyfrinymadrodd</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>Cyf&amp;rinymadrodd</translation>
    </message>
    <message>
        <source>Opening your plan…</source>
        <translation>Wrthi&apos;n agor eich cynllun…</translation>
    </message>
    <message>
        <source>&amp;Open my plan</source>
        <translation>&amp;Agor fy nghynllun</translation>
    </message>
    <message>
        <source>Open my plan</source>
        <translation>Agor fy nghynllun</translation>
    </message>
    <message>
        <source>I&apos;ve forgotten my passphrase</source>
        <translation>Rydw i wedi anghofio fy nghyfrinymadrodd</translation>
    </message>
    <message>
        <source>Need help right now?</source>
        <translation>Angen help ar hyn o bryd?</translation>
    </message>
    <message>
        <source>You don&apos;t need your passphrase to see where to get help.</source>
        <translation>Does dim angen eich cyfrinymadrodd arnoch chi i weld ble i gael help.</translation>
    </message>
    <message>
        <source>Get &amp;help now</source>
        <translation>Cael &amp;help nawr</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Cael help nawr</translation>
    </message>
    <message>
        <source>Information and &amp;first aid</source>
        <translation>&amp;Gwybodaeth a chymorth cyntaf</translation>
    </message>
    <message>
        <source>Information and first aid</source>
        <translation>Gwybodaeth a chymorth cyntaf</translation>
    </message>
</context>
<context>
    <name>UrgeScale</name>
    <message>
        <source>From 0, none at all, to 10, the strongest it gets.</source>
        <translation>O 0, dim o gwbl, i 10, ar ei gryfaf.</translation>
    </message>
    <message>
        <source>Chosen number</source>
        <translation>Y rhif a ddewiswyd</translation>
    </message>
    <message>
        <source>0
none at all</source>
        <translation>0
dim o gwbl</translation>
    </message>
    <message>
        <source>10
the strongest it gets</source>
        <translation>10
ar ei gryfaf</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to your safety plan</source>
        <translation>Croeso i&apos;ch cynllun diogelwch</translation>
    </message>
    <message>
        <source>This is a private place to write down what helps you when things get hard: the signs that a crisis may be building, what you can do, who you can contact, and what matters to you.</source>
        <translation>Dyma le preifat i ysgrifennu beth sy&apos;n eich helpu pan fydd pethau&apos;n mynd yn anodd: yr arwyddion y gallai argyfwng fod ar y ffordd, beth allwch chi ei wneud, gyda phwy allwch chi gysylltu, a beth sy&apos;n bwysig i chi.</translation>
    </message>
    <message>
        <source>Your plan stays on this computer, locked with a passphrase only you know. SafetyPlan never uses the internet. You choose what, if anything, to print or share.</source>
        <translation>Mae eich cynllun yn aros ar y cyfrifiadur hwn, wedi&apos;i gloi â chyfrinymadrodd dim ond chi sy&apos;n ei wybod. Dydy SafetyPlan byth yn defnyddio&apos;r rhyngrwyd. Chi sy&apos;n dewis beth, os unrhyw beth, i&apos;w argraffu neu ei rannu.</translation>
    </message>
    <message>
        <source>You can fill in as much or as little as you like, at your own pace.</source>
        <translation>Gallwch chi lenwi cymaint neu gyn lleied ag y dymunwch chi, yn eich amser eich hun.</translation>
    </message>
    <message>
        <source>Start my plan</source>
        <translation>Dechrau fy nghynllun</translation>
    </message>
    <message>
        <source>Get help now</source>
        <translation>Cael help nawr</translation>
    </message>
</context>
<context>
    <name>WhatHelpsPanel</name>
    <message>
        <source>&amp;Move to the top of my plan</source>
        <translation>&amp;Symud i frig fy nghynllun</translation>
    </message>
    <message>
        <source>Move to the top of my plan</source>
        <translation>Symud i frig fy nghynllun</translation>
    </message>
    <message>
        <source>Print or sa&amp;ve this page…</source>
        <translation>Argraffu neu gadw&apos;r dudal&amp;en hon…</translation>
    </message>
    <message>
        <source>Print or save this page</source>
        <translation>Argraffu neu gadw&apos;r dudalen hon</translation>
    </message>
    <message>
        <source>Time to show</source>
        <translation>Cyfnod i&apos;w ddangos</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Dangos:</translation>
    </message>
    <message>
        <source>What I tried</source>
        <translation>Beth wnes i roi cynnig arno</translation>
    </message>
    <message>
        <source>Times tried</source>
        <translation>Sawl gwaith</translation>
    </message>
    <message>
        <source>Helped</source>
        <translation>Wedi helpu</translation>
    </message>
    <message>
        <source>Helped a bit</source>
        <translation>Wedi helpu ychydig</translation>
    </message>
    <message>
        <source>Didn&apos;t help</source>
        <translation>Heb helpu</translation>
    </message>
    <message>
        <source>On average afterwards</source>
        <translation>Ar gyfartaledd wedyn</translation>
    </message>
    <message>
        <source>What helps, as a table</source>
        <translation>Beth sy&apos;n helpu, fel tabl</translation>
    </message>
    <message>
        <source>What you tried, and how often it helped. The ones that helped most are first.</source>
        <translation>Beth wnaethoch chi roi cynnig arno, a pha mor aml y gwnaeth helpu. Mae&apos;r rhai a helpodd fwyaf yn gyntaf.</translation>
    </message>
    <message>
        <source>Nothing noted for this time yet. When you note what you tried, you&apos;ll see here what helps.</source>
        <translation>Does dim byd wedi&apos;i nodi ar gyfer y cyfnod hwn eto. Pan fyddwch chi&apos;n nodi beth wnaethoch chi roi cynnig arno, byddwch chi&apos;n gweld yma beth sy&apos;n helpu.</translation>
    </message>
    <message>
        <source>Moves “%1” to the top of the things you can do on your own</source>
        <translation>Yn symud “%1” i frig y pethau y gallwch chi eu gwneud ar eich pen eich hun</translation>
    </message>
    <message>
        <source>Choose something in the table first</source>
        <translation>Dewiswch rywbeth yn y tabl yn gyntaf</translation>
    </message>
    <message>
        <source>“%1” is now at the top of your plan.</source>
        <translation>Mae “%1” ar frig eich cynllun nawr.</translation>
    </message>
</context>
</TS>
