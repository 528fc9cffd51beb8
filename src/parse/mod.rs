//! The parser: one loop that walks the grammar table (`grammar`) with an
//! explicit rule stack, pulling tokens from the lexer and building the
//! compact tree (`tree`). No recursion: nesting costs heap (a 12-byte frame
//! per open rule, in segments: `frames`), bounded by `MAX_FRAMES`, and the
//! finished tree's depth by `MAX_TREE_DEPTH`. No pass over the tree
//! recurses either (the compiler works from an explicit stack), so these
//! limits bound memory, not native stack.
//!
//! An `Or` rule keeps its frame only while another alternative may still
//! be tried: an alternative that must start with a token other than the
//! current one is skipped, and the last possible one (or one whose first
//! token matches, which cannot fail) takes over the `Or`'s frame. That
//! saves about a third of the frames of a bracket level.
//!
//! The grammar is LL(1): a rule "fails" (and the next alternative is tried)
//! only if its first token does not match; a mismatch after that is a
//! syntax error at the current token.

mod dump;
mod frames;
pub mod grammar;
pub mod tree;

use alloc::string::String;
use alloc::vec::Vec;

use crate::compile::{CompileError, ErrorKind};
use crate::lex::{Lexer, Tok, Token, Val};
use crate::qstr::Interner;
pub use dump::dump;
use frames::Frames;
use grammar::{Act, Arg, Rule, RULES};
pub use tree::{Kind, Lit, Mark, Pn, Tree};

/// What the source is: a module, one REPL input, or an `eval` expression.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum Mode {
    File,
    /// REPL input: expression statements print their value; running out of
    /// input inside a statement is `ErrorKind::Incomplete`.
    Single,
    Eval,
}

/// Most open rules at once. A bracket level costs about 15 frames, so this
/// admits the lexer's 200 brackets plus deep statement nesting.
pub const MAX_FRAMES: usize = 5000;
/// Deepest tree accepted: as in CPython, a thousand nested unary
/// operators, lambdas or conditional expressions (two tree levels each)
/// compile; deeper is "expression nested too deeply". The compiler's work
/// stack holds a few words per level.
pub const MAX_TREE_DEPTH: u16 = 2100;
/// Strings up to this many bytes are interned (MicroPython's
/// `MICROPY_ALLOC_PARSE_INTERN_STRING_LEN`); longer ones are literals.
pub const INTERN_STRING_LEN: usize = 10;

#[derive(Copy, Clone)]
struct Frame {
    rule: Rule,
    /// `And`/`Or`: next argument; lists: `AFTER_ITEM`/`AFTER_SEP` or 0.
    i: u8,
    /// Lists: `F_AFTER_SEP`, `F_TRAILING`, `F_NONEMPTY`.
    flags: u8,
    /// Result-stack height when the rule started.
    base: u32,
    line: u32,
}

/// A frame is 12 bytes: the rule stack is most of the parser's memory
/// when brackets nest (about 15 frames per level).
const _: () = assert!(core::mem::size_of::<Frame>() == 12);

/// A token separator was just consumed.
const F_AFTER_SEP: u8 = 1;
/// The list ended with a separator (`(1,)` is a tuple).
const F_TRAILING: u8 = 2;
/// An item has matched.
const F_NONEMPTY: u8 = 4;

const AFTER_ITEM: u8 = 1;
const AFTER_SEP: u8 = 2;

struct Parser<'a, 'i> {
    lx: Lexer<'a>,
    tok: Token<'a>,
    tree: Tree,
    results: Vec<Pn>,
    depths: Vec<u16>,
    frames: Frames<Frame>,
    interner: &'i mut dyn Interner,
    /// REPL input: running out of tokens is `Incomplete`.
    single: bool,
}

/// Parses `src` into a tree.
pub fn parse(src: &str, mode: Mode, interner: &mut dyn Interner) -> Result<Tree, CompileError> {
    let mut lx = Lexer::new(src);
    let first = lx.next_token();
    let out = first.and_then(|tok| {
        let mut p = Parser {
            lx,
            tok,
            tree: Tree::new(),
            results: Vec::new(),
            depths: Vec::new(),
            frames: Frames::new(),
            interner,
            single: mode == Mode::Single,
        };
        let top = if mode == Mode::Eval {
            Rule::eval_input
        } else {
            Rule::file_input
        };
        p.run(top)?;
        p.tree.root = p.results.pop().unwrap_or(Pn::NULL);
        Ok(p.tree)
    });
    out.map_err(|mut e| {
        if e.kind == ErrorKind::Incomplete && mode != Mode::Single {
            e.kind = ErrorKind::SyntaxError;
        }
        e
    })
}

/// A module parsed one top-level statement at a time, so that a compiler can
/// work on (and then shrink) each statement's tree before the next one is
/// read. The tree keeps growing from where the last statement left it.
pub struct StmtParser<'a> {
    lx: Lexer<'a>,
    tok: Token<'a>,
    tree: Tree,
}

impl<'a> StmtParser<'a> {
    pub fn new(src: &'a str) -> Result<Self, CompileError> {
        let mut lx = Lexer::new(src);
        let tok = lx.next_token().map_err(file_error)?;
        Ok(StmtParser {
            lx,
            tok,
            tree: Tree::new(),
        })
    }

    pub fn tree(&self) -> &Tree {
        &self.tree
    }

    pub fn tree_mut(&mut self) -> &mut Tree {
        &mut self.tree
    }

    /// The next top-level statement (blank lines skipped); `None` at the end.
    pub fn next_stmt(&mut self, interner: &mut dyn Interner) -> Result<Option<Pn>, CompileError> {
        let mut p = Parser {
            lx: core::mem::replace(&mut self.lx, Lexer::new("")),
            tok: core::mem::replace(
                &mut self.tok,
                Token {
                    kind: Tok::EndMarker,
                    val: Val::None,
                    line: 0,
                    col: 0,
                },
            ),
            tree: core::mem::take(&mut self.tree),
            results: Vec::new(),
            depths: Vec::new(),
            frames: Frames::new(),
            interner,
            single: false,
        };
        let out = p.stmt();
        self.lx = p.lx;
        self.tok = p.tok;
        self.tree = p.tree;
        out.map_err(file_error)
    }
}

/// Outside the REPL, running out of input is a plain syntax error.
fn file_error(mut e: CompileError) -> CompileError {
    if e.kind == ErrorKind::Incomplete {
        e.kind = ErrorKind::SyntaxError;
    }
    e
}

/// The token a rule must start with, if it is fixed: such a rule fails
/// only when the current token is another, and once started cannot fail.
fn first_token(r: Rule) -> Option<Tok> {
    let def = &RULES[r as usize];
    match (def.act, def.args.first()) {
        (Act::Or, _) => None,
        (_, Some(&Arg::Tok(k))) => Some(k),
        _ => None,
    }
}

fn is_value_token(k: Tok) -> bool {
    matches!(
        k,
        Tok::Name | Tok::Int | Tok::Float | Tok::Imag | Tok::Str | Tok::Bytes
    )
}

impl Parser<'_, '_> {
    fn advance(&mut self) -> Result<(), CompileError> {
        self.tok = self.lx.next_token()?;
        Ok(())
    }

    fn push_frame(&mut self, rule: Rule) -> Result<(), CompileError> {
        if self.frames.len() >= MAX_FRAMES {
            return Err(self.too_deep());
        }
        let f = self.new_frame(rule);
        if !self.frames.push(f) {
            return Err(self.oom());
        }
        Ok(())
    }

    fn new_frame(&self, rule: Rule) -> Frame {
        Frame {
            rule,
            i: 0,
            flags: 0,
            base: self.results.len() as u32,
            line: self.tok.line,
        }
    }

    /// Replaces the frame at `top` (an `Or` that has chosen its last
    /// possible alternative) by one for `rule`: the `Or` builds no node,
    /// and with nothing left to try it has nothing to do after its child.
    fn tail_frame(&mut self, top: usize, rule: Rule) {
        let f = self.new_frame(rule);
        self.set_frame(top, f);
    }

    fn set_frame(&mut self, top: usize, f: Frame) {
        if let Some(slot) = self.frames.get_mut(top) {
            *slot = f;
        }
    }

    fn too_deep(&self) -> CompileError {
        CompileError::syntax("expression nested too deeply", self.tok.line, self.tok.col)
    }

    fn oom(&self) -> CompileError {
        CompileError::new(
            ErrorKind::MemoryError,
            "out of memory while parsing",
            self.tok.line,
            0,
        )
    }

    fn push_result(&mut self, pn: Pn, depth: u16) -> Result<(), CompileError> {
        self.results.try_reserve(1).map_err(|_| self.oom())?;
        self.depths.try_reserve(1).map_err(|_| self.oom())?;
        self.results.push(pn);
        self.depths.push(depth);
        Ok(())
    }

    /// Pushes the current token as a leaf.
    fn push_token(&mut self) -> Result<(), CompileError> {
        let line = self.tok.line;
        let pn = match core::mem::replace(&mut self.tok.val, Val::None) {
            Val::Name(s) => Pn::name(
                self.interner
                    .intern(s)
                    .map_err(|e| CompileError::from_qstr(e, line))?,
            ),
            Val::Int(v) => match Pn::small_int(v) {
                Some(pn) => pn,
                None => self.lit(Lit::Int(v))?,
            },
            Val::BigInt(s) => self.lit(Lit::BigInt(s))?,
            Val::Float(f) => self.lit(Lit::Float(f))?,
            Val::Imag(f) => self.lit(Lit::Imag(f))?,
            Val::Str(s) if s.len() <= INTERN_STRING_LEN => Pn::string(
                self.interner
                    .intern(&s)
                    .map_err(|e| CompileError::from_qstr(e, line))?,
            ),
            Val::Str(s) => self.lit(Lit::Str(s))?,
            Val::Bytes(b) => self.lit(Lit::Bytes(b))?,
            Val::None => Pn::token(self.tok.kind),
        };
        self.push_result(pn, 0)
    }

    fn lit(&mut self, l: Lit) -> Result<Pn, CompileError> {
        self.tree.add_lit(l).ok_or_else(|| self.oom())
    }

    fn syntax_error(&self, expected: Option<Tok>) -> CompileError {
        let (kind, msg) = match (self.tok.kind, expected) {
            (Tok::Indent, _) => (ErrorKind::IndentationError, "unexpected indent"),
            (_, Some(Tok::Indent)) => (ErrorKind::IndentationError, "expected an indented block"),
            _ => (ErrorKind::SyntaxError, "invalid syntax"),
        };
        let mut e = CompileError::new(kind, msg, self.tok.line, self.tok.col);
        let at_end = self.tok.kind == Tok::EndMarker
            || (self.tok.kind == Tok::Dedent && self.lx.is_finished());
        if at_end && self.single {
            // Out of input inside a statement: a REPL asks for more.
            e.kind = ErrorKind::Incomplete;
        } else if at_end && kind == ErrorKind::SyntaxError {
            e.message = String::from("unexpected EOF while parsing");
        } else if at_end {
            // A block missing at the end: CPython names the file's last line.
            e.line = self.lx.last_line();
        }
        e
    }

    /// Finishes a rule whose frame was popped: builds its node (or passes
    /// its one child through).
    fn finish(&mut self, f: Frame) -> Result<(), CompileError> {
        let base = f.base as usize;
        let children = &self.results[base..];
        let def = &RULES[f.rule as usize];
        let pass = match def.act {
            Act::Ident => {
                // `(1, 2)` stays a node, so `[(1, 2)]` (a list of one tuple)
                // differs from `[1, 2]`.
                let paren_tuple = f.rule == Rule::atom_paren as _
                    && children
                        .first()
                        .is_some_and(|&c| self.tree.rule(c) == Some(Rule::testlist_comp));
                !children.is_empty()
                    && !children[0].is_null()
                    && children[1..].iter().all(|c| c.is_null())
                    && !paren_tuple
            }
            Act::List | Act::ListEnd | Act::Many => {
                children.len() == 1 && f.flags & F_TRAILING == 0
            }
            _ => false,
        };
        if pass {
            self.results.truncate(base + 1);
            self.depths.truncate(base + 1);
            return Ok(());
        }
        let depth = 1 + self.depths[base..].iter().copied().max().unwrap_or(0);
        if depth > MAX_TREE_DEPTH {
            return Err(CompileError::syntax(
                "expression nested too deeply",
                f.line,
                0,
            ));
        }
        let node = self
            .tree
            .add_node(f.rule, f.line, children)
            .ok_or_else(|| self.oom())?;
        self.results.truncate(base);
        self.depths.truncate(base);
        self.push_result(node, depth)
    }

    /// One top-level statement, as `file_input` would match it.
    fn stmt(&mut self) -> Result<Option<Pn>, CompileError> {
        loop {
            match self.tok.kind {
                Tok::EndMarker => return Ok(None),
                Tok::Newline => self.advance()?,
                _ => {
                    self.run(Rule::stmt)?;
                    self.depths.pop();
                    return Ok(self.results.pop());
                }
            }
        }
    }

    fn run(&mut self, top: Rule) -> Result<(), CompileError> {
        self.push_frame(top)?;
        // Set when the rule just popped failed without consuming a token.
        let mut backtrack = false;
        'next: while let Some(&f) = self.frames.last() {
            let def = &RULES[f.rule as usize];
            let top = self.frames.len() - 1;
            match def.act {
                Act::Or => {
                    if f.i > 0 {
                        if !backtrack {
                            self.frames.pop();
                            continue;
                        }
                        backtrack = false;
                    }
                    for (i, arg) in def.args.iter().enumerate().skip(f.i as usize) {
                        match *arg {
                            Arg::Tok(k) => {
                                if self.tok.kind == k {
                                    if !matches!(
                                        k,
                                        Tok::Newline | Tok::Indent | Tok::Dedent | Tok::EndMarker
                                    ) {
                                        self.push_token()?;
                                    }
                                    self.advance()?;
                                    self.frames.pop();
                                    continue 'next;
                                }
                            }
                            Arg::Rule(r) | Arg::Opt(r) => {
                                // A rule that starts with another token
                                // cannot match: not tried (no frame).
                                let first = first_token(r);
                                if first.is_some_and(|k| k != self.tok.kind) {
                                    continue;
                                }
                                if i + 1 == def.args.len() || first.is_some() {
                                    self.tail_frame(top, r);
                                    continue 'next;
                                }
                                self.set_frame(
                                    top,
                                    Frame {
                                        i: i as u8 + 1,
                                        ..f
                                    },
                                );
                                self.push_frame(r)?;
                                continue 'next;
                            }
                        }
                    }
                    self.frames.pop();
                    backtrack = true;
                }
                Act::And | Act::Ident => {
                    let mut i = f.i as usize;
                    if backtrack {
                        backtrack = false;
                        match def.args[i - 1] {
                            Arg::Opt(_) => self.push_result(Pn::NULL, 0)?,
                            _ if i == 1 => {
                                self.frames.pop();
                                backtrack = true;
                                continue;
                            }
                            _ => return Err(self.syntax_error(None)),
                        }
                    }
                    while i < def.args.len() {
                        match def.args[i] {
                            Arg::Tok(k) => {
                                if self.tok.kind != k {
                                    if i == 0 {
                                        self.frames.pop();
                                        backtrack = true;
                                        continue 'next;
                                    }
                                    return Err(self.syntax_error(Some(k)));
                                }
                                if is_value_token(k) {
                                    self.push_token()?;
                                }
                                self.advance()?;
                            }
                            Arg::Rule(r) | Arg::Opt(r) => {
                                self.set_frame(
                                    top,
                                    Frame {
                                        i: i as u8 + 1,
                                        ..f
                                    },
                                );
                                self.push_frame(r)?;
                                continue 'next;
                            }
                        }
                        i += 1;
                    }
                    self.frames.pop();
                    self.finish(f)?;
                }
                Act::List | Act::ListEnd | Act::Many => {
                    let mut f = f;
                    let item = def.args[0];
                    let sep = def.args.get(1).copied();
                    let mut have_item = false;
                    if f.i == AFTER_ITEM {
                        if backtrack {
                            backtrack = false;
                            self.frames.pop();
                            if self.list_end(&mut f, def.act)? {
                                self.finish(f)?;
                            } else {
                                backtrack = true;
                            }
                            continue;
                        }
                        have_item = true;
                    } else if f.i == AFTER_SEP {
                        if backtrack {
                            backtrack = false;
                            self.frames.pop();
                            self.finish(f)?;
                            continue;
                        }
                        f.flags |= F_AFTER_SEP;
                    }
                    loop {
                        if have_item {
                            f.flags |= F_NONEMPTY;
                            f.flags &= !F_AFTER_SEP;
                            match sep {
                                None => {}
                                Some(Arg::Tok(s)) => {
                                    if self.tok.kind != s {
                                        self.frames.pop();
                                        self.finish(f)?;
                                        continue 'next;
                                    }
                                    self.advance()?;
                                    f.flags |= F_AFTER_SEP;
                                }
                                Some(Arg::Rule(r) | Arg::Opt(r)) => {
                                    f.i = AFTER_SEP;
                                    self.set_frame(top, f);
                                    self.push_frame(r)?;
                                    continue 'next;
                                }
                            }
                        }
                        match item {
                            Arg::Tok(k) if self.tok.kind == k => {
                                if is_value_token(k) {
                                    self.push_token()?;
                                }
                                self.advance()?;
                                have_item = true;
                            }
                            Arg::Tok(_) => {
                                self.frames.pop();
                                if self.list_end(&mut f, def.act)? {
                                    self.finish(f)?;
                                } else {
                                    backtrack = true;
                                }
                                continue 'next;
                            }
                            Arg::Rule(r) | Arg::Opt(r) => {
                                f.i = AFTER_ITEM;
                                self.set_frame(top, f);
                                self.push_frame(r)?;
                                continue 'next;
                            }
                        }
                    }
                }
            }
        }
        if backtrack {
            return Err(self.syntax_error(None));
        }
        Ok(())
    }

    /// An item did not start: whether the list is complete (`false`: the
    /// whole rule fails, no item having matched). After a separator only
    /// `ListEnd` may stop (a trailing separator); elsewhere it is an error.
    fn list_end(&self, f: &mut Frame, act: Act) -> Result<bool, CompileError> {
        if f.flags & F_NONEMPTY == 0 {
            return Ok(false);
        }
        if f.flags & F_AFTER_SEP != 0 {
            if act != Act::ListEnd {
                return Err(self.syntax_error(None));
            }
            f.flags |= F_TRAILING;
        }
        Ok(true)
    }
}

#[cfg(test)]
mod tests;
