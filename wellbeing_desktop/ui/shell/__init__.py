"""The app shell: main window, unlock, first run, lock, tray, reminder and session."""
