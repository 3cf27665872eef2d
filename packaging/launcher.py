"""The frozen program's entry point: the same as the ``wellbeing-desktop`` console script.

Without arguments it opens the desktop app; with a command it runs headless.
"""

import sys

from wellbeing_desktop.cli import main

if __name__ == "__main__":
    sys.exit(main())
