//! The parse tree: rule nodes in fixed-size chunks of words plus a table
//! of literals that do not fit in a node word. Freed as a whole after
//! compiling.
//!
//! A node reference `Pn` is one word:
//!
//! ```text
//!  31                                  3 2   0
//! +-------------------------------------+-----+
//! | payload (29 bits)                   | tag |
//! +-------------------------------------+-----+
//!   tag 0  rule node: payload = chunk (13 bits) | word offset (16 bits); 0 = null
//!   tag 1  small int: payload = signed 29-bit value
//!   tag 2  name: payload = qstr
//!   tag 3  short string: payload = qstr
//!   tag 4  token: payload = `Tok` (operators, None/True/False/...)
//!   tag 5  literal: payload = index into `lits`
//! ```
//!
//! A rule node is a header word, up to two extension words, then its
//! children:
//!
//! ```text
//!  31            16 15      8 7       0
//! +----------------+---------+---------+
//! | line (16 bits) | n (8)   | rule    |   [n if n field = 255] [line if line field = 0xFFFF]
//! +----------------+---------+---------+
//! ```
//!
//! so a typical node costs one word plus its children, as MicroPython's
//! costs two. Chunks grow to `CHUNK_WORDS` words (a node never straddles
//! two); a node larger than that gets a chunk of its own, so the waste is
//! below one chunk instead of the half a doubling vector can leave unused.

use alloc::string::String;
use alloc::vec::Vec;

use super::grammar::Rule;
use crate::lex::Tok;
use crate::qstr::Qstr;

#[derive(Copy, Clone, PartialEq, Eq, Debug, Default)]
#[repr(transparent)]
pub struct Pn(pub u32);

/// Values that a `Pn` cannot hold inline.
#[derive(Clone, PartialEq, Debug)]
pub enum Lit {
    Int(i64),
    /// An int beyond `i64`: its digits, no sign or underscores, with the
    /// `0x`/`0o`/`0b` prefix unless decimal.
    BigInt(String),
    Float(f64),
    /// An imaginary literal (`2j`): the imaginary part.
    Imag(f64),
    Str(String),
    Bytes(Vec<u8>),
}

/// What a `Pn` is, decoded.
#[derive(Copy, Clone, PartialEq, Debug)]
pub enum Kind {
    Null,
    Node(Rule),
    SmallInt(i32),
    Name(Qstr),
    Str(Qstr),
    Token(Tok),
    Lit(u32),
}

const TAG_BITS: u32 = 3;
pub const SMALL_INT_MIN: i64 = -(1 << 28);
pub const SMALL_INT_MAX: i64 = (1 << 28) - 1;

impl Pn {
    pub const NULL: Pn = Pn(0);

    pub fn small_int(v: i64) -> Option<Pn> {
        (SMALL_INT_MIN..=SMALL_INT_MAX)
            .contains(&v)
            .then_some(Pn(((v as u32) << TAG_BITS) | 1))
    }
    pub fn name(q: Qstr) -> Pn {
        Pn((q.0 << TAG_BITS) | 2)
    }
    pub fn string(q: Qstr) -> Pn {
        Pn((q.0 << TAG_BITS) | 3)
    }
    pub fn token(t: Tok) -> Pn {
        Pn(((t as u32) << TAG_BITS) | 4)
    }
    fn lit(i: u32) -> Pn {
        Pn((i << TAG_BITS) | 5)
    }
    pub fn is_null(self) -> bool {
        self.0 == 0
    }
    fn tag(self) -> u32 {
        self.0 & 7
    }
    fn payload(self) -> u32 {
        self.0 >> TAG_BITS
    }
    pub fn as_name(self) -> Option<Qstr> {
        (self.tag() == 2).then(|| Qstr(self.payload()))
    }
    pub fn as_token(self) -> Option<Tok> {
        if self.tag() != 4 {
            return None;
        }
        crate::lex::token::tok_from_u8(self.payload() as u8)
    }
    pub fn as_small_int(self) -> Option<i32> {
        (self.tag() == 1).then_some((self.0 as i32) >> TAG_BITS)
    }
}

/// Words per chunk: 2 KiB, small next to a module's tree, large next to
/// a node (a node of more words gets its own chunk).
const CHUNK_WORDS: usize = 512;
/// Bits of a node reference that give the word offset in its chunk.
const OFFSET_BITS: u32 = 16;
/// Most children of one node: the offset of its last child must fit.
pub const MAX_CHILDREN: usize = (1 << OFFSET_BITS) - 3;
/// Header fields that say "the value follows in the next word".
const N_ESCAPE: u32 = 0xFF;
const LINE_ESCAPE: u32 = 0xFFFF;

pub struct Tree {
    chunks: Vec<Vec<u32>>,
    lits: Vec<Lit>,
    pub root: Pn,
}

/// A point in a tree's growth, to cut it back to (`Tree::truncate`).
#[derive(Copy, Clone, Debug)]
pub struct Mark {
    chunks: usize,
    words: usize,
    lits: usize,
}

impl Default for Tree {
    fn default() -> Self {
        Self::new()
    }
}

impl Tree {
    pub fn new() -> Self {
        Tree {
            // Word 0 of chunk 0 is never a node, so payload 0 means null.
            chunks: alloc::vec![alloc::vec![0]],
            lits: Vec::new(),
            root: Pn::NULL,
        }
    }

    pub fn mark(&self) -> Mark {
        Mark {
            chunks: self.chunks.len(),
            words: self.chunks.last().map_or(0, Vec::len),
            lits: self.lits.len(),
        }
    }

    /// Frees every node and literal added since `m`; references to them
    /// must not be used again.
    pub fn truncate(&mut self, m: Mark) {
        self.chunks.truncate(m.chunks.max(1));
        if let Some(c) = self.chunks.last_mut() {
            c.truncate(m.words.max(1));
        }
        self.lits.truncate(m.lits);
    }

    /// Adds a rule node; `None` if out of memory or references.
    pub fn add_node(&mut self, rule: Rule, line: u32, children: &[Pn]) -> Option<Pn> {
        let n = children.len();
        if n > MAX_CHILDREN {
            return None;
        }
        let n_field = (n as u32).min(N_ESCAPE);
        let line_field = line.min(LINE_ESCAPE);
        let words =
            1 + usize::from(n_field == N_ESCAPE) + usize::from(line_field == LINE_ESCAPE) + n;
        let fits = self
            .chunks
            .last()
            .is_some_and(|c| c.capacity() - c.len() >= words);
        if !fits {
            if self.chunks.len() >= 1 << (29 - OFFSET_BITS) {
                return None;
            }
            self.chunks.try_reserve(1).ok()?;
            // Chunks double from 32 words up to `CHUNK_WORDS`, so a small
            // tree stays small.
            let size = (16usize << self.chunks.len().min(8)).min(CHUNK_WORDS);
            let mut c = Vec::new();
            c.try_reserve_exact(words.max(size)).ok()?;
            self.chunks.push(c);
        }
        let ci = self.chunks.len() - 1;
        let c = &mut self.chunks[ci];
        let at = c.len();
        c.push(rule as u32 | (n_field << 8) | (line_field << 16));
        if n_field == N_ESCAPE {
            c.push(n as u32);
        }
        if line_field == LINE_ESCAPE {
            c.push(line);
        }
        c.extend(children.iter().map(|p| p.0));
        Some(Pn((((ci as u32) << OFFSET_BITS) | at as u32) << TAG_BITS))
    }

    /// The words of node `pn` from its header on, and its child count and line.
    fn node(&self, pn: Pn) -> (&[u32], usize, u32) {
        let p = pn.payload();
        let chunk = &self.chunks[(p >> OFFSET_BITS) as usize];
        let words = &chunk[(p & ((1 << OFFSET_BITS) - 1)) as usize..];
        let h = words[0];
        let mut i = 1;
        let mut n = ((h >> 8) & 0xFF) as usize;
        if n == N_ESCAPE as usize {
            n = words[i] as usize;
            i += 1;
        }
        let mut line = h >> 16;
        if line == LINE_ESCAPE {
            line = words[i];
            i += 1;
        }
        (&words[i..i + n], n, line)
    }

    pub fn add_lit(&mut self, lit: Lit) -> Option<Pn> {
        let i = self.lits.len();
        if i >= (1 << 28) {
            return None;
        }
        self.lits.try_reserve(1).ok()?;
        self.lits.push(lit);
        Some(Pn::lit(i as u32))
    }

    pub fn kind(&self, pn: Pn) -> Kind {
        match pn.tag() {
            0 if pn.0 == 0 => Kind::Null,
            0 => Kind::Node(super::grammar::rule_from_u8(self.header(pn) as u8)),
            1 => Kind::SmallInt((pn.0 as i32) >> TAG_BITS),
            2 => Kind::Name(Qstr(pn.payload())),
            3 => Kind::Str(Qstr(pn.payload())),
            4 => match pn.as_token() {
                Some(t) => Kind::Token(t),
                None => Kind::Null,
            },
            _ => Kind::Lit(pn.payload()),
        }
    }

    /// The rule of a rule node, if `pn` is one.
    pub fn rule(&self, pn: Pn) -> Option<Rule> {
        match self.kind(pn) {
            Kind::Node(r) => Some(r),
            _ => None,
        }
    }

    pub fn is(&self, pn: Pn, rule: Rule) -> bool {
        self.rule(pn) == Some(rule)
    }

    fn header(&self, pn: Pn) -> u32 {
        let p = pn.payload();
        self.chunks[(p >> OFFSET_BITS) as usize][(p & ((1 << OFFSET_BITS) - 1)) as usize]
    }

    /// Children of a rule node (empty for anything else).
    pub fn children(&self, pn: Pn) -> &[Pn] {
        if pn.tag() != 0 || pn.0 == 0 {
            return &[];
        }
        let (words, n, _) = self.node(pn);
        // SAFETY: `Pn` is `repr(transparent)` over `u32`, so a `[u32]` is a
        // valid `[Pn]` of the same length and alignment.
        unsafe { core::slice::from_raw_parts(words.as_ptr().cast::<Pn>(), n) }
    }

    /// The `i`th child, or null.
    pub fn child(&self, pn: Pn, i: usize) -> Pn {
        self.children(pn).get(i).copied().unwrap_or(Pn::NULL)
    }

    /// The source line of a rule node (0 for leaves).
    pub fn line(&self, pn: Pn) -> u32 {
        if pn.tag() != 0 || pn.0 == 0 {
            return 0;
        }
        self.node(pn).2
    }

    pub fn lit(&self, i: u32) -> &Lit {
        &self.lits[i as usize]
    }

    /// The items of a list-shaped construct: the children of a `rule` node,
    /// nothing for null, else the node itself as a one-item list (the parser
    /// passes single items through without a list node).
    pub fn items<'t>(&'t self, pn: &'t Pn, rule: Rule) -> &'t [Pn] {
        if pn.is_null() {
            &[]
        } else if self.is(*pn, rule) {
            self.children(*pn)
        } else {
            core::slice::from_ref(pn)
        }
    }

    /// Words used by the nodes and literal count, for statistics.
    pub fn size(&self) -> (usize, usize) {
        (self.chunks.iter().map(Vec::len).sum(), self.lits.len())
    }
}
