import sys

from safetyplan.cli import main

sys.exit(main())
