"""The Trends view's charts (pyqtgraph), their words, ticks and colours."""
