"""Scout's terminal UI (Textual). The only package that imports textual.

`scout tui` and `scout demo` call `scout.tui.app.run_tui`; import it from there, so that loading
this package costs nothing until the TUI is wanted.
"""
