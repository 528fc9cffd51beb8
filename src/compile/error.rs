//! The one error type of the front end: lexer, parser and compiler all report
//! a Python exception kind, a CPython-like message and a source position.

use alloc::string::String;

use crate::qstr::QstrError;

/// Which Python exception a front-end error becomes.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum ErrorKind {
    SyntaxError,
    IndentationError,
    /// Indentation whose meaning depends on the tab size (a kind of
    /// IndentationError, as in CPython).
    TabError,
    /// The source ended inside a bracket, a triple-quoted string or a block
    /// header: a REPL reads another line instead of reporting it.
    Incomplete,
    MemoryError,
    /// A construct this compiler does not implement (MicroPython's `\N{}`).
    NotImplementedError,
}

#[derive(Clone, PartialEq, Eq, Debug)]
pub struct CompileError {
    pub kind: ErrorKind,
    pub message: String,
    /// 1-based; 0 when no position applies.
    pub line: u32,
    /// 1-based, in characters.
    pub column: u32,
}

impl CompileError {
    pub fn new(kind: ErrorKind, message: &str, line: u32, column: u32) -> Self {
        CompileError {
            kind,
            message: String::from(message),
            line,
            column,
        }
    }

    pub fn syntax(message: &str, line: u32, column: u32) -> Self {
        Self::new(ErrorKind::SyntaxError, message, line, column)
    }

    /// The error for a failed intern: the pool is out of memory or ids.
    pub fn from_qstr(e: QstrError, line: u32) -> Self {
        let msg = match e {
            QstrError::MemoryError => "out of memory for interned strings",
            QstrError::TooMany => "too many distinct names",
        };
        Self::new(ErrorKind::MemoryError, msg, line, 0)
    }
}

impl core::fmt::Display for CompileError {
    fn fmt(&self, f: &mut core::fmt::Formatter<'_>) -> core::fmt::Result {
        let name = match self.kind {
            ErrorKind::SyntaxError | ErrorKind::Incomplete => "SyntaxError",
            ErrorKind::IndentationError => "IndentationError",
            ErrorKind::TabError => "TabError",
            ErrorKind::MemoryError => "MemoryError",
            ErrorKind::NotImplementedError => "NotImplementedError",
        };
        write!(f, "line {}: {}: {}", self.line, name, self.message)
    }
}
