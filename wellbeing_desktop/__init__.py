"""Leader Pulse: a private, encrypted end-of-day journal for leaders."""

__version__ = "0.1.0"
APP_NAME = "wellbeing-desktop"
# The AppStream component id: the launcher is <id>.desktop, the metainfo <id>.metainfo.xml.
APP_ID = "io.github.leaderpulse.WellbeingDesktop"
