//! Text formatting: format specs, `%`-formatting and `str.format` templates.
