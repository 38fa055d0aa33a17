"""SafetyPlan: a private, encrypted crisis and coping plan.

Everything outside ``safetyplan.ui`` is plain Python (it may use QtCore for paths and
translation look-ups, never widgets), so the core can be tested and scripted without a screen.
"""

__version__ = "0.1.0"
APP_NAME = "SafetyPlan"
