//! The lexer: source text to a stream of tokens, with Python's layout rules.
//!
//! Indentation becomes INDENT/DEDENT tokens (a tab advances to the next
//! multiple of 8 columns); NEWLINE is emitted only at the end of a logical
//! line: never inside brackets, never after a backslash continuation, never
//! for blank or comment-only lines. Adjacent string literals are joined into
//! one token here, and f-strings are rewritten into `template.format(...)`
//! tokens (see `string`). Names are borrowed from the source; the parser
//! interns them.
//!
//! Nesting is bounded as in CPython: 200 open brackets, 100 indentation
//! levels. These bounds keep every later pass's depth small.

mod number;
pub mod repl;
mod string;
pub mod token;

use alloc::collections::VecDeque;
use alloc::string::String;
use alloc::vec::Vec;

use crate::compile::{CompileError, ErrorKind};
pub use token::{Tok, Token, Val};

/// Most brackets open at once (CPython's tokenizer limit).
pub const MAX_BRACKETS: usize = 200;
/// Most indentation levels (CPython's tokenizer limit).
pub const MAX_INDENTS: usize = 100;
/// f-strings inside f-string expressions, at most.
const MAX_FSTRING_DEPTH: u8 = 4;

pub struct Lexer<'a> {
    src: &'a str,
    pos: usize,
    end: usize,
    line: u32,
    line_start: usize,
    /// Open indentation levels: (column with tabs to multiples of 8,
    /// column with tabs as 1). The two must order lines alike, else the
    /// indentation depends on the tab size (CPython's TabError).
    indents: Vec<(u32, u32)>,
    brackets: Vec<(u8, u32, u32)>,
    at_line_start: bool,
    /// Whether a token other than NEWLINE/INDENT/DEDENT was emitted on the
    /// current logical line (so EOF must close it with a NEWLINE).
    line_has_tokens: bool,
    pending: VecDeque<Token<'a>>,
    finished: bool,
    fdepth: u8,
}

impl<'a> Lexer<'a> {
    pub fn new(src: &'a str) -> Self {
        Lexer {
            src,
            pos: 0,
            end: src.len(),
            line: 1,
            line_start: 0,
            indents: alloc::vec![(0, 0)],
            brackets: Vec::new(),
            at_line_start: true,
            line_has_tokens: false,
            pending: VecDeque::new(),
            finished: false,
            fdepth: 0,
        }
    }

    /// A lexer over `src[start..end]` as if inside brackets (an f-string
    /// expression): no layout tokens, positions reported in the whole source.
    fn fragment(
        src: &'a str,
        start: usize,
        end: usize,
        line: u32,
        line_start: usize,
        depth: u8,
    ) -> Self {
        let mut lx = Lexer::new(src);
        lx.pos = start;
        lx.end = end;
        lx.line = line;
        lx.line_start = line_start;
        lx.at_line_start = false;
        lx.brackets.push((b'(', line, 0));
        lx.fdepth = depth;
        lx
    }

    fn col_at(&self, pos: usize) -> u32 {
        let from = self.line_start.min(pos);
        self.src[from..pos].chars().count() as u32 + 1
    }

    fn error(&self, kind: ErrorKind, msg: &str, pos: usize) -> CompileError {
        let (line, col) = self.line_col(pos);
        CompileError::new(kind, msg, line, col)
    }

    /// Line and column of `pos`, which may lie after the current line start.
    fn line_col(&self, pos: usize) -> (u32, u32) {
        let pos = pos.min(self.src.len());
        if pos < self.line_start {
            return (self.line, 1);
        }
        let seg = &self.src[self.line_start..pos];
        match seg.rfind('\n') {
            None => (self.line, seg.chars().count() as u32 + 1),
            Some(nl) => (
                self.line + seg.matches('\n').count() as u32,
                seg[nl + 1..].chars().count() as u32 + 1,
            ),
        }
    }

    fn peek_byte(&self, off: usize) -> u8 {
        let p = self.pos + off;
        if p < self.end {
            self.src.as_bytes()[p]
        } else {
            0
        }
    }

    fn newline_at(&mut self, after: usize) {
        self.line += 1;
        self.line_start = after;
    }

    fn tok(&self, kind: Tok, val: Val<'a>, pos: usize) -> Token<'a> {
        Token {
            kind,
            val,
            line: self.line,
            col: self.col_at(pos),
        }
    }

    /// The next token. After the end it keeps returning `EndMarker`.
    pub fn next_token(&mut self) -> Result<Token<'a>, CompileError> {
        if let Some(t) = self.pending.pop_front() {
            return Ok(t);
        }
        if self.at_line_start && self.brackets.is_empty() {
            if let Some(t) = self.indentation()? {
                return Ok(t);
            }
        }
        loop {
            self.skip_space()?;
            if self.pos >= self.end {
                return self.at_eof();
            }
            let c = self.peek_byte(0);
            if c == b'\n' || c == b'\r' {
                let start = self.pos;
                self.pos += if c == b'\r' && self.peek_byte(1) == b'\n' {
                    2
                } else {
                    1
                };
                self.newline_at(self.pos);
                if !self.brackets.is_empty() {
                    continue;
                }
                self.at_line_start = true;
                self.line_has_tokens = false;
                let mut t = self.tok(Tok::Newline, Val::None, start);
                t.line -= 1;
                t.col = self.col_at_prev_line(start);
                return Ok(t);
            }
            self.line_has_tokens = true;
            return self.token(c);
        }
    }

    fn col_at_prev_line(&self, pos: usize) -> u32 {
        let ls = self.src[..pos].rfind('\n').map_or(0, |i| i + 1);
        self.src[ls..pos].chars().count() as u32 + 1
    }

    /// Measures the indentation of a new logical line; returns INDENT or the
    /// first DEDENT (queueing the rest), or nothing if the level is unchanged.
    fn indentation(&mut self) -> Result<Option<Token<'a>>, CompileError> {
        loop {
            let (mut col, mut alt) = (0u32, 0u32);
            while self.pos < self.end {
                match self.peek_byte(0) {
                    b' ' => (col, alt) = (col + 1, alt + 1),
                    b'\t' => (col, alt) = ((col / 8 + 1) * 8, alt + 1),
                    b'\x0c' => (col, alt) = (0, 0),
                    _ => break,
                }
                self.pos += 1;
            }
            match self.peek_byte(0) {
                _ if self.pos >= self.end => return Ok(None),
                b'#' | b'\n' | b'\r' => {
                    // Blank or comment-only line: no layout effect.
                    while self.pos < self.end && !matches!(self.peek_byte(0), b'\n' | b'\r') {
                        self.pos += 1;
                    }
                    if self.pos >= self.end {
                        return Ok(None);
                    }
                    let two = self.peek_byte(0) == b'\r' && self.peek_byte(1) == b'\n';
                    self.pos += if two { 2 } else { 1 };
                    self.newline_at(self.pos);
                    continue;
                }
                _ => {}
            }
            self.at_line_start = false;
            let (top, top_alt) = *self.indents.last().unwrap_or(&(0, 0));
            if (col == top && alt != top_alt) || (col > top && alt <= top_alt) {
                return Err(self.tab_error());
            }
            if col > top {
                if self.indents.len() >= MAX_INDENTS {
                    return Err(self.error(
                        ErrorKind::IndentationError,
                        "too many levels of indentation",
                        self.pos,
                    ));
                }
                self.indents.push((col, alt));
                return Ok(Some(self.tok(Tok::Indent, Val::None, self.pos)));
            }
            if col == top {
                return Ok(None);
            }
            let mut n = 0;
            while self.indents.last().is_some_and(|&(t, _)| t > col) {
                self.indents.pop();
                n += 1;
            }
            match self.indents.last() {
                Some(&(t, t_alt)) if t == col && t_alt != alt => return Err(self.tab_error()),
                _ => {}
            }
            if self.indents.last().map(|&(t, _)| t) != Some(col) {
                return Err(self.error(
                    ErrorKind::IndentationError,
                    "unindent does not match any outer indentation level",
                    self.pos,
                ));
            }
            for _ in 1..n {
                let t = self.tok(Tok::Dedent, Val::None, self.pos);
                self.pending.push_back(t);
            }
            return Ok(Some(self.tok(Tok::Dedent, Val::None, self.pos)));
        }
    }

    /// Indentation that only lines up under one tab size.
    fn tab_error(&self) -> CompileError {
        self.error(
            ErrorKind::TabError,
            "inconsistent use of tabs and spaces in indentation",
            self.pos,
        )
    }

    /// Skips spaces, comments and backslash continuations (not newlines).
    fn skip_space(&mut self) -> Result<(), CompileError> {
        while self.pos < self.end {
            match self.peek_byte(0) {
                b' ' | b'\t' | b'\x0c' => self.pos += 1,
                b'#' => {
                    while self.pos < self.end && !matches!(self.peek_byte(0), b'\n' | b'\r') {
                        self.pos += 1;
                    }
                }
                b'\\' => {
                    let n = match (self.peek_byte(1), self.peek_byte(2)) {
                        (b'\n', _) => 2,
                        (b'\r', b'\n') => 3,
                        (b'\r', _) => 2,
                        _ if self.pos + 1 >= self.end => {
                            return Err(self.error(
                                ErrorKind::Incomplete,
                                "unexpected EOF while parsing",
                                self.pos,
                            ))
                        }
                        _ => {
                            return Err(self.error(
                                ErrorKind::SyntaxError,
                                "unexpected character after line continuation character",
                                self.pos + 1,
                            ))
                        }
                    };
                    if self.pos + n >= self.end {
                        // Reported on the continued line, as CPython does.
                        return Err(self.error(
                            ErrorKind::Incomplete,
                            "unexpected EOF while parsing",
                            self.pos,
                        ));
                    }
                    self.pos += n;
                    self.newline_at(self.pos);
                }
                _ => break,
            }
        }
        Ok(())
    }

    fn at_eof(&mut self) -> Result<Token<'a>, CompileError> {
        if let Some(&(b, line, col)) = self.brackets.last() {
            if self.fdepth == 0 || self.brackets.len() > 1 {
                let msg = alloc::format!("'{}' was never closed", b as char);
                return Err(CompileError {
                    kind: ErrorKind::Incomplete,
                    message: msg,
                    line,
                    column: col,
                });
            }
        }
        if self.line_has_tokens {
            self.line_has_tokens = false;
            return Ok(self.tok(Tok::Newline, Val::None, self.pos));
        }
        if self.indents.len() > 1 {
            self.indents.pop();
            return Ok(self.tok(Tok::Dedent, Val::None, self.pos));
        }
        self.finished = true;
        Ok(self.tok(Tok::EndMarker, Val::None, self.pos))
    }

    /// The number of the source's last line (a final newline starts none).
    pub fn last_line(&self) -> u32 {
        let b = self.src.as_bytes();
        let ends_line = self.end > 0 && matches!(b[self.end - 1], b'\n' | b'\r');
        if ends_line && self.pos >= self.end {
            self.line.saturating_sub(1).max(1)
        } else {
            self.line
        }
    }

    /// Whether the end marker has been returned.
    pub fn is_finished(&self) -> bool {
        self.finished
    }

    fn token(&mut self, c: u8) -> Result<Token<'a>, CompileError> {
        let start = self.pos;
        if c.is_ascii_digit() || (c == b'.' && self.peek_byte(1).is_ascii_digit()) {
            let s = &self.src.as_bytes()[start..self.end];
            let (kind, val, n) =
                number::scan(s).map_err(|m| self.error(ErrorKind::SyntaxError, m, start))?;
            self.pos += n;
            return Ok(self.tok(kind, val, start));
        }
        if c == b'\'' || c == b'"' {
            return self.strings(start);
        }
        if is_ident_start(self.src[start..].chars().next().unwrap_or(' ')) {
            let len = self.src[start..self.end]
                .char_indices()
                .find(|&(_, ch)| !is_ident_continue(ch))
                .map_or(self.end - start, |(i, _)| i);
            let word = &self.src[start..start + len];
            let next = self.src.as_bytes().get(start + len).copied().unwrap_or(0);
            if (next == b'\'' || next == b'"') && string::prefix(word).is_some() {
                return self.strings(start);
            }
            self.pos += len;
            return Ok(match token::keyword(word) {
                Some(k) => self.tok(k, Val::None, start),
                None => self.tok(Tok::Name, Val::Name(word), start),
            });
        }
        let rest = &self.src[start..self.end];
        if let Some(&(op, kind)) = token::OPERATORS.iter().find(|(op, _)| rest.starts_with(op)) {
            self.pos += op.len();
            self.bracket(kind, start)?;
            return Ok(self.tok(kind, Val::None, start));
        }
        let ch = rest.chars().next().unwrap_or('?');
        let msg = if ch.is_ascii() {
            String::from("invalid syntax")
        } else {
            alloc::format!("invalid character '{}' (U+{:04X})", ch, ch as u32)
        };
        Err(self.error(ErrorKind::SyntaxError, &msg, start))
    }

    fn bracket(&mut self, kind: Tok, at: usize) -> Result<(), CompileError> {
        let (line, col) = self.line_col(at);
        match kind {
            Tok::LParen | Tok::LBracket | Tok::LBrace => {
                if self.brackets.len() >= MAX_BRACKETS {
                    return Err(self.error(
                        ErrorKind::SyntaxError,
                        "too many nested parentheses",
                        at,
                    ));
                }
                let b = self.src.as_bytes()[at];
                self.brackets.push((b, line, col));
            }
            Tok::RParen | Tok::RBracket | Tok::RBrace => {
                let close = self.src.as_bytes()[at];
                let open = match self.brackets.pop() {
                    None => {
                        let msg = alloc::format!("unmatched '{}'", close as char);
                        return Err(self.error(ErrorKind::SyntaxError, &msg, at));
                    }
                    Some((open, _, _)) => open,
                };
                let expect = match open {
                    b'(' => b')',
                    b'[' => b']',
                    _ => b'}',
                };
                if close != expect {
                    let msg = alloc::format!(
                        "closing parenthesis '{}' does not match opening parenthesis '{}'",
                        close as char,
                        open as char
                    );
                    return Err(self.error(ErrorKind::SyntaxError, &msg, at));
                }
            }
            _ => {}
        }
        Ok(())
    }

    /// Reads a run of adjacent string literals starting at `start` as one
    /// token (plus the `.format(...)` tokens if any part is an f-string).
    fn strings(&mut self, start: usize) -> Result<Token<'a>, CompileError> {
        let first_line = self.line;
        let first_col = self.col_at(start);
        let mut is_bytes: Option<bool> = None;
        let mut parts: Vec<(bool, String)> = Vec::new();
        let mut bytes: Vec<u8> = Vec::new();
        let mut exprs: Vec<string::FExpr> = Vec::new();
        loop {
            let lit_start = self.pos;
            let q = lit_start + self.src[lit_start..].find(['\'', '"']).unwrap_or(0);
            let flags = string::prefix(&self.src[lit_start..q]).unwrap_or((false, false, false));
            let lit = string::scan(&self.src[..self.end], q, flags, self.line)
                .map_err(|e| self.str_error(e))?;
            if *is_bytes.get_or_insert(lit.bytes) != lit.bytes {
                return Err(self.error(
                    ErrorKind::SyntaxError,
                    "cannot mix bytes and nonbytes literals",
                    lit_start,
                ));
            }
            let body = &self.src[lit.body.0..lit.body.1];
            // A line end inside a literal reads as '\n' whatever the source
            // uses (not yet in f-strings, whose expressions keep source offsets).
            let unified;
            let body = if body.contains('\r') && !lit.f {
                unified = body.replace("\r\n", "\n").replace('\r', "\n");
                unified.as_str()
            } else {
                body
            };
            if lit.bytes {
                let b = string::decode_bytes(body, lit.raw, lit.body.0)
                    .map_err(|e| self.str_error(e))?;
                bytes.extend_from_slice(&b);
            } else if lit.f {
                let mut t = String::new();
                string::split_fstring(body, lit.raw, lit.body.0, &mut t, &mut exprs)
                    .map_err(|e| self.str_error(e))?;
                parts.push((true, t));
            } else {
                let s =
                    string::decode_str(body, lit.raw, lit.body.0).map_err(|e| self.str_error(e))?;
                parts.push((false, s));
            }
            // Keep line accounting right across multi-line literals.
            let mut p = lit_start;
            while let Some(i) = self.src[p..lit.end].find('\n') {
                p += i + 1;
                self.newline_at(p);
            }
            self.pos = lit.end;
            if !self.next_is_string()? {
                break;
            }
        }
        let token_at = |kind, val| Token {
            kind,
            val,
            line: first_line,
            col: first_col,
        };
        if is_bytes == Some(true) {
            return Ok(token_at(Tok::Bytes, Val::Bytes(bytes)));
        }
        let mut text = String::new();
        for (is_f, part) in &parts {
            match (is_f, exprs.is_empty()) {
                (true, true) => text.push_str(&part.replace("{{", "{").replace("}}", "}")),
                (false, false) => string::push_escaped_braces(part, &mut text),
                _ => text.push_str(part),
            }
        }
        if !exprs.is_empty() {
            self.format_call(&exprs, first_line, first_col)?;
        }
        Ok(token_at(Tok::Str, Val::Str(text)))
    }

    /// Queues `.format((e1), (e2), ...)` for the expressions of an f-string.
    fn format_call(
        &mut self,
        exprs: &[string::FExpr],
        line: u32,
        col: u32,
    ) -> Result<(), CompileError> {
        if self.fdepth >= MAX_FSTRING_DEPTH {
            return Err(CompileError::syntax(
                "f-string: expressions nested too deeply",
                line,
                col,
            ));
        }
        let mk = |kind, val| Token {
            kind,
            val,
            line,
            col,
        };
        let mut out = VecDeque::new();
        out.push_back(mk(Tok::Dot, Val::None));
        out.push_back(mk(Tok::Name, Val::Name("format")));
        out.push_back(mk(Tok::LParen, Val::None));
        for e in exprs {
            let (eline, ecol_start) = self.pos_of(e.start);
            let mut sub =
                Lexer::fragment(self.src, e.start, e.end, eline, ecol_start, self.fdepth + 1);
            out.push_back(mk(Tok::LParen, Val::None));
            loop {
                let t = sub.next_token()?;
                match t.kind {
                    Tok::EndMarker => break,
                    Tok::Newline | Tok::Indent | Tok::Dedent => {}
                    _ => out.push_back(t),
                }
            }
            out.push_back(mk(Tok::RParen, Val::None));
            out.push_back(mk(Tok::Comma, Val::None));
        }
        out.push_back(mk(Tok::RParen, Val::None));
        self.pending.extend(out);
        Ok(())
    }

    /// Line number and line-start offset of a source offset.
    fn pos_of(&self, pos: usize) -> (u32, usize) {
        let before = &self.src[..pos];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        let (line, _) = self.line_col(pos);
        (line, line_start)
    }

    /// Whether another string literal follows (only whitespace, comments,
    /// continuations and, inside brackets, newlines in between). Consumes
    /// that separation if so.
    fn next_is_string(&mut self) -> Result<bool, CompileError> {
        let saved = (self.pos, self.line, self.line_start);
        loop {
            self.skip_space()?;
            let c = self.peek_byte(0);
            if (c == b'\n' || c == b'\r') && !self.brackets.is_empty() {
                self.pos += 1;
                if c == b'\r' && self.peek_byte(0) == b'\n' {
                    self.pos += 1;
                }
                self.newline_at(self.pos);
                continue;
            }
            break;
        }
        let rest = &self.src[self.pos..self.end];
        let word = rest
            .find(|ch: char| !ch.is_ascii_alphabetic())
            .map_or(rest, |i| &rest[..i]);
        let next = rest.as_bytes().get(word.len()).copied().unwrap_or(0);
        if (next == b'\'' || next == b'"') && (word.is_empty() || string::prefix(word).is_some()) {
            return Ok(true);
        }
        (self.pos, self.line, self.line_start) = saved;
        Ok(false)
    }

    fn str_error(&self, e: string::StrError) -> CompileError {
        let kind = if e.incomplete {
            ErrorKind::Incomplete
        } else {
            ErrorKind::SyntaxError
        };
        self.error(kind, &e.msg, e.at)
    }
}

fn is_ident_start(c: char) -> bool {
    c.is_ascii_alphabetic() || c == '_' || (!c.is_ascii() && c.is_alphabetic())
}

fn is_ident_continue(c: char) -> bool {
    c.is_ascii_alphanumeric() || c == '_' || (!c.is_ascii() && c.is_alphanumeric())
}

#[cfg(test)]
mod tests;
