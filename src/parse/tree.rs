//! The parse tree: one `Vec<u32>` arena of nodes plus a table of literals
//! that do not fit in a node word. Freed as a whole after compiling.
//!
//! A node reference `Pn` is one word:
//!
//! ```text
//!  31                                  3 2   0
//! +-------------------------------------+-----+
//! | payload (29 bits)                   | tag |
//! +-------------------------------------+-----+
//!   tag 0  rule node: payload = index into `data` (0 = null)
//!   tag 1  small int: payload = signed 29-bit value
//!   tag 2  name: payload = qstr
//!   tag 3  short string: payload = qstr
//!   tag 4  token: payload = `Tok` (operators, None/True/False/...)
//!   tag 5  literal: payload = index into `lits`
//! ```
//!
//! A rule node at `data[i]` is `[rule | n_children << 8, line, children...]`.

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
    /// Decimal digits, no sign.
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

pub struct Tree {
    data: Vec<u32>,
    lits: Vec<Lit>,
    pub root: Pn,
}

impl Default for Tree {
    fn default() -> Self {
        Self::new()
    }
}

impl Tree {
    pub fn new() -> Self {
        Tree {
            data: alloc::vec![0],
            lits: Vec::new(),
            root: Pn::NULL,
        }
    }

    /// Adds a rule node; `None` if the arena would outgrow a 29-bit index.
    pub fn add_node(&mut self, rule: Rule, line: u32, children: &[Pn]) -> Option<Pn> {
        let at = self.data.len();
        if at + children.len() + 2 >= (1 << 29) {
            return None;
        }
        self.data.try_reserve(children.len() + 2).ok()?;
        self.data.push(rule as u32 | ((children.len() as u32) << 8));
        self.data.push(line);
        self.data.extend(children.iter().map(|p| p.0));
        Some(Pn((at as u32) << TAG_BITS))
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
            0 => Kind::Node(super::grammar::rule_from_u8(
                self.data[pn.payload() as usize] as u8,
            )),
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

    /// Children of a rule node (empty for anything else).
    pub fn children(&self, pn: Pn) -> &[Pn] {
        if pn.tag() != 0 || pn.0 == 0 {
            return &[];
        }
        let i = pn.payload() as usize;
        let n = (self.data[i] >> 8) as usize;
        let words = &self.data[i + 2..i + 2 + n];
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
        self.data[pn.payload() as usize + 1]
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

    /// Words used by the arena and literal count, for statistics.
    pub fn size(&self) -> (usize, usize) {
        (self.data.len(), self.lits.len())
    }
}
