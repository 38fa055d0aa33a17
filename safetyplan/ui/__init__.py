"""The desktop interface: the only package that builds widgets."""
