//! Token kinds and the tables that map source spellings to them.
//!
//! `Tok` is a plain `u8` enum so that the grammar table (`parse::grammar`)
//! can name tokens in `static` data; keywords and operators are matched by
//! table lookup, longest operator first.

use alloc::string::String;
use alloc::vec::Vec;

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
#[repr(u8)]
pub enum Tok {
    EndMarker,
    Newline,
    Indent,
    Dedent,
    Name,
    Int,
    Float,
    Imag,
    Str,
    Bytes,
    // Keywords.
    KwFalse,
    KwNone,
    KwTrue,
    KwAnd,
    KwAs,
    KwAssert,
    KwAsync,
    KwAwait,
    KwBreak,
    KwClass,
    KwContinue,
    KwDef,
    KwDel,
    KwElif,
    KwElse,
    KwExcept,
    KwFinally,
    KwFor,
    KwFrom,
    KwGlobal,
    KwIf,
    KwImport,
    KwIn,
    KwIs,
    KwLambda,
    KwNonlocal,
    KwNot,
    KwOr,
    KwPass,
    KwRaise,
    KwReturn,
    KwTry,
    KwWhile,
    KwWith,
    KwYield,
    // Operators and delimiters.
    Plus,
    Minus,
    Star,
    DblStar,
    Slash,
    DblSlash,
    Percent,
    At,
    DblLess,
    DblMore,
    Amp,
    Pipe,
    Caret,
    Tilde,
    ColonEq,
    Less,
    More,
    LessEq,
    MoreEq,
    DblEq,
    NotEq,
    LParen,
    RParen,
    LBracket,
    RBracket,
    LBrace,
    RBrace,
    Comma,
    Colon,
    Dot,
    Semicolon,
    Eq,
    Arrow,
    PlusEq,
    MinusEq,
    StarEq,
    SlashEq,
    DblSlashEq,
    PercentEq,
    AtEq,
    AmpEq,
    PipeEq,
    CaretEq,
    DblMoreEq,
    DblLessEq,
    DblStarEq,
    Ellipsis,
}

pub const KEYWORDS: [(&str, Tok); 35] = [
    ("False", Tok::KwFalse),
    ("None", Tok::KwNone),
    ("True", Tok::KwTrue),
    ("and", Tok::KwAnd),
    ("as", Tok::KwAs),
    ("assert", Tok::KwAssert),
    ("async", Tok::KwAsync),
    ("await", Tok::KwAwait),
    ("break", Tok::KwBreak),
    ("class", Tok::KwClass),
    ("continue", Tok::KwContinue),
    ("def", Tok::KwDef),
    ("del", Tok::KwDel),
    ("elif", Tok::KwElif),
    ("else", Tok::KwElse),
    ("except", Tok::KwExcept),
    ("finally", Tok::KwFinally),
    ("for", Tok::KwFor),
    ("from", Tok::KwFrom),
    ("global", Tok::KwGlobal),
    ("if", Tok::KwIf),
    ("import", Tok::KwImport),
    ("in", Tok::KwIn),
    ("is", Tok::KwIs),
    ("lambda", Tok::KwLambda),
    ("nonlocal", Tok::KwNonlocal),
    ("not", Tok::KwNot),
    ("or", Tok::KwOr),
    ("pass", Tok::KwPass),
    ("raise", Tok::KwRaise),
    ("return", Tok::KwReturn),
    ("try", Tok::KwTry),
    ("while", Tok::KwWhile),
    ("with", Tok::KwWith),
    ("yield", Tok::KwYield),
];

/// Longest spellings first, so the first prefix match is the right one.
pub const OPERATORS: [(&str, Tok); 47] = [
    ("...", Tok::Ellipsis),
    ("**=", Tok::DblStarEq),
    ("//=", Tok::DblSlashEq),
    (">>=", Tok::DblMoreEq),
    ("<<=", Tok::DblLessEq),
    ("**", Tok::DblStar),
    ("//", Tok::DblSlash),
    ("<<", Tok::DblLess),
    (">>", Tok::DblMore),
    (":=", Tok::ColonEq),
    ("<=", Tok::LessEq),
    (">=", Tok::MoreEq),
    ("==", Tok::DblEq),
    ("!=", Tok::NotEq),
    ("->", Tok::Arrow),
    ("+=", Tok::PlusEq),
    ("-=", Tok::MinusEq),
    ("*=", Tok::StarEq),
    ("/=", Tok::SlashEq),
    ("%=", Tok::PercentEq),
    ("@=", Tok::AtEq),
    ("&=", Tok::AmpEq),
    ("|=", Tok::PipeEq),
    ("^=", Tok::CaretEq),
    ("+", Tok::Plus),
    ("-", Tok::Minus),
    ("*", Tok::Star),
    ("/", Tok::Slash),
    ("%", Tok::Percent),
    ("@", Tok::At),
    ("&", Tok::Amp),
    ("|", Tok::Pipe),
    ("^", Tok::Caret),
    ("~", Tok::Tilde),
    ("<", Tok::Less),
    (">", Tok::More),
    ("(", Tok::LParen),
    (")", Tok::RParen),
    ("[", Tok::LBracket),
    ("]", Tok::RBracket),
    ("{", Tok::LBrace),
    ("}", Tok::RBrace),
    (",", Tok::Comma),
    (":", Tok::Colon),
    (".", Tok::Dot),
    (";", Tok::Semicolon),
    ("=", Tok::Eq),
];

pub fn keyword(s: &str) -> Option<Tok> {
    KEYWORDS.iter().find(|(k, _)| *k == s).map(|&(_, t)| t)
}

/// The data a token carries beyond its kind.
#[derive(Clone, PartialEq, Debug)]
pub enum Val<'a> {
    None,
    Name(&'a str),
    Int(i64),
    /// An int literal too large for `i64`, as decimal digits (no sign).
    BigInt(String),
    Float(f64),
    Imag(f64),
    Str(String),
    Bytes(Vec<u8>),
}

#[derive(Clone, PartialEq, Debug)]
pub struct Token<'a> {
    pub kind: Tok,
    pub val: Val<'a>,
    pub line: u32,
    pub col: u32,
}

/// The token numbered `n` (inverse of `as u8`).
pub fn tok_from_u8(n: u8) -> Option<Tok> {
    if n <= Tok::Ellipsis as u8 {
        // SAFETY: `Tok` is `repr(u8)` with the default discriminants 0..=Ellipsis,
        // so every value in that range names a variant.
        Some(unsafe { core::mem::transmute::<u8, Tok>(n) })
    } else {
        None
    }
}
