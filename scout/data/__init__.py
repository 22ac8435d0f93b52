"""Data files that ship with Scout (the employer registry), read with importlib.resources."""
