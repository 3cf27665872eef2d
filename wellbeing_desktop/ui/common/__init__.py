"""What the GUI features share: style, widgets, focus ring, translation, dates."""
