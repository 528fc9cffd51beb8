//! `re` patterns to matcher programs: a recursive-descent parser (nesting
//! bounded by [`MAX_NESTING`]) builds a small tree, which is emitted as a
//! program of `u32` words for the backtracking matcher (`re_exec.rs`).
//!
//! ```text
//!   CHAR c            the character c
//!   ANY               any character but '\n'
//!   CLASS neg n lo hi …   one character in (or, if neg, not in) n ranges
//!   SPLIT x y         try x, then y on failure
//!   JMP x
//!   SAVE k            capture slot k := position (2g start, 2g+1 end of group g)
//!   ASSERT kind       ^ $ \b \B \A \Z
//!   BACKREF g         the text group g matched
//!   MATCH
//! ```
//! Jump targets are absolute word indices. Counted repeats are expanded
//! (`x{2,4}` is `x x (x x?)?`, `x+` is `L: x SPLIT L`), bounded by
//! [`MAX_PROGRAM`].

use alloc::boxed::Box;
use alloc::vec::Vec;

pub const CHAR: u32 = 0;
pub const ANY: u32 = 1;
pub const CLASS: u32 = 2;
pub const SPLIT: u32 = 3;
pub const JMP: u32 = 4;
pub const SAVE: u32 = 5;
pub const ASSERT: u32 = 6;
pub const BACKREF: u32 = 7;
pub const MATCH: u32 = 8;

pub const AT_BOL: u32 = 0;
pub const AT_EOL: u32 = 1;
pub const AT_WORD_B: u32 = 2;
pub const AT_NOT_WORD_B: u32 = 3;
pub const AT_START: u32 = 4;
pub const AT_END: u32 = 5;

/// Group nesting and program length a pattern may reach.
const MAX_NESTING: u32 = 64;
const MAX_PROGRAM: usize = 16 * 1024;
/// Largest count in `{m,n}`.
const MAX_COUNT: u32 = 1000;

enum Node {
    Empty,
    Char(u32),
    Any,
    Class(bool, Vec<(u32, u32)>),
    Assert(u32),
    Group(Option<u32>, Box<Node>),
    Concat(Vec<Node>),
    Alt(Vec<Node>),
    Repeat(Box<Node>, u32, Option<u32>, bool),
    Backref(u32),
}

/// A compiled pattern: its program and number of capturing groups.
pub struct Compiled {
    pub prog: Vec<u32>,
    pub groups: u32,
    pub has_backrefs: bool,
}

/// Compiles `pattern`; an error message (for `re.error`, a ValueError here).
pub fn compile(pattern: &[u32]) -> Result<Compiled, &'static str> {
    let mut p = Parser {
        pat: pattern,
        pos: 0,
        groups: 0,
        has_backrefs: false,
    };
    let node = p.alt(0)?;
    if p.pos < p.pat.len() {
        return Err("unbalanced parenthesis");
    }
    let mut prog = Vec::new();
    prog.extend_from_slice(&[SAVE, 0]);
    emit(&node, &mut prog)?;
    prog.extend_from_slice(&[SAVE, 1, MATCH]);
    Ok(Compiled {
        prog,
        groups: p.groups,
        has_backrefs: p.has_backrefs,
    })
}

struct Parser<'a> {
    pat: &'a [u32],
    pos: usize,
    groups: u32,
    has_backrefs: bool,
}

fn is(c: Option<u32>, ch: char) -> bool {
    c == Some(ch as u32)
}

impl Parser<'_> {
    fn peek(&self) -> Option<u32> {
        self.pat.get(self.pos).copied()
    }

    fn next(&mut self) -> Option<u32> {
        let c = self.peek();
        self.pos += c.is_some() as usize;
        c
    }

    fn alt(&mut self, depth: u32) -> Result<Node, &'static str> {
        if depth > MAX_NESTING {
            return Err("pattern nested too deeply");
        }
        let mut alts = alloc::vec![self.concat(depth)?];
        while is(self.peek(), '|') {
            self.pos += 1;
            alts.push(self.concat(depth)?);
        }
        Ok(if alts.len() == 1 {
            alts.pop().unwrap_or(Node::Empty)
        } else {
            Node::Alt(alts)
        })
    }

    fn concat(&mut self, depth: u32) -> Result<Node, &'static str> {
        let mut items = Vec::new();
        while let Some(c) = self.peek() {
            if c == '|' as u32 || c == ')' as u32 {
                break;
            }
            let atom = self.atom(depth)?;
            let atom = self.repeat(atom)?;
            items.push(atom);
        }
        Ok(Node::Concat(items))
    }

    fn repeat(&mut self, mut atom: Node) -> Result<Node, &'static str> {
        loop {
            let (min, max) = match self.peek().and_then(char::from_u32) {
                Some('*') => (0, None),
                Some('+') => (1, None),
                Some('?') => (0, Some(1)),
                Some('{') => match self.counts() {
                    Some(mm) => mm,
                    None => return Ok(atom),
                },
                _ => return Ok(atom),
            };
            if matches!(atom, Node::Repeat(..)) || matches!(atom, Node::Assert(_)) {
                return Err("multiple repeat");
            }
            if !matches!(self.peek().and_then(char::from_u32), Some('{')) {
                self.pos += 1;
            } else {
                self.skip_counts();
            }
            let greedy = !is(self.peek(), '?');
            if !greedy {
                self.pos += 1;
            }
            if max.is_some_and(|m| m < min) {
                return Err("min repeat greater than max repeat");
            }
            atom = Node::Repeat(Box::new(atom), min, max, greedy);
        }
    }

    /// `{m}`, `{m,}`, `{,n}`, `{m,n}` at the cursor (not consumed); `None`
    /// when the brace is a literal, as in Python.
    fn counts(&self) -> Option<(u32, Option<u32>)> {
        let mut i = self.pos + 1;
        let num = |i: &mut usize| -> Option<u32> {
            let s = *i;
            let mut v: u32 = 0;
            while let Some(d) = self
                .pat
                .get(*i)
                .and_then(|&c| char::from_u32(c)?.to_digit(10))
            {
                v = v.saturating_mul(10).saturating_add(d);
                *i += 1;
            }
            (*i > s).then_some(v.min(MAX_COUNT + 1))
        };
        let min = num(&mut i);
        let max = if is(self.pat.get(i).copied(), ',') {
            i += 1;
            num(&mut i)
        } else {
            Some(min?)
        };
        if !is(self.pat.get(i).copied(), '}') {
            return None;
        }
        let min = min.unwrap_or(0);
        if min > MAX_COUNT || max.is_some_and(|m| m > MAX_COUNT) {
            return None;
        }
        Some((min, max))
    }

    fn skip_counts(&mut self) {
        while let Some(c) = self.next() {
            if c == '}' as u32 {
                break;
            }
        }
    }

    fn atom(&mut self, depth: u32) -> Result<Node, &'static str> {
        let Some(c) = self.next() else {
            return Ok(Node::Empty);
        };
        Ok(match char::from_u32(c).unwrap_or('\0') {
            '.' => Node::Any,
            '^' => Node::Assert(AT_BOL),
            '$' => Node::Assert(AT_EOL),
            '*' | '+' | '?' => return Err("nothing to repeat"),
            '(' => {
                let mut index = None;
                if is(self.peek(), '?') {
                    self.pos += 1;
                    if !is(self.next(), ':') {
                        return Err("unsupported group extension");
                    }
                } else {
                    self.groups += 1;
                    index = Some(self.groups);
                }
                let inner = self.alt(depth + 1)?;
                if !is(self.next(), ')') {
                    return Err("missing ), unterminated subpattern");
                }
                Node::Group(index, Box::new(inner))
            }
            ')' => return Err("unbalanced parenthesis"),
            '[' => self.class()?,
            '\\' => self.escape(false)?,
            _ => Node::Char(c),
        })
    }

    /// An escape after `\`; inside a class only character escapes and
    /// class shorthands are allowed.
    fn escape(&mut self, in_class: bool) -> Result<Node, &'static str> {
        let Some(c) = self.next() else {
            return Err("bad escape (end of pattern)");
        };
        let ch = char::from_u32(c).unwrap_or('\0');
        let class = |neg: bool, ranges: &[(u32, u32)]| Node::Class(neg, ranges.into());
        Ok(match ch {
            'd' => class(false, DIGIT),
            'D' => class(true, DIGIT),
            'w' => class(false, WORD),
            'W' => class(true, WORD),
            's' => class(false, SPACE),
            'S' => class(true, SPACE),
            'b' if in_class => Node::Char(8),
            'b' => Node::Assert(AT_WORD_B),
            'B' if !in_class => Node::Assert(AT_NOT_WORD_B),
            'A' if !in_class => Node::Assert(AT_START),
            'Z' if !in_class => Node::Assert(AT_END),
            'n' => Node::Char('\n' as u32),
            't' => Node::Char('\t' as u32),
            'r' => Node::Char('\r' as u32),
            'f' => Node::Char(0xc),
            'v' => Node::Char(0xb),
            'a' => Node::Char(7),
            '0' => Node::Char(0),
            'x' => {
                let mut v = 0;
                for _ in 0..2 {
                    match self
                        .next()
                        .and_then(char::from_u32)
                        .and_then(|d| d.to_digit(16))
                    {
                        Some(d) => v = v * 16 + d,
                        None => return Err("incomplete escape \\x"),
                    }
                }
                Node::Char(v)
            }
            '1'..='9' if !in_class => {
                let mut g = c - '0' as u32;
                if let Some(d) = self
                    .peek()
                    .and_then(char::from_u32)
                    .and_then(|d| d.to_digit(10))
                {
                    if g * 10 + d <= self.groups {
                        g = g * 10 + d;
                        self.pos += 1;
                    }
                }
                if g > self.groups {
                    return Err("invalid group reference");
                }
                self.has_backrefs = true;
                Node::Backref(g)
            }
            _ if ch.is_ascii_alphanumeric() => return Err("bad escape"),
            _ => Node::Char(c),
        })
    }

    fn class(&mut self) -> Result<Node, &'static str> {
        let neg = is(self.peek(), '^');
        if neg {
            self.pos += 1;
        }
        let mut ranges = Vec::new();
        let mut first = true;
        loop {
            let Some(c) = self.next() else {
                return Err("unterminated character set");
            };
            if c == ']' as u32 && !first {
                break;
            }
            first = false;
            let lo = if c == '\\' as u32 {
                match self.escape(true)? {
                    Node::Char(x) => x,
                    Node::Class(false, r) => {
                        ranges.extend(r);
                        continue;
                    }
                    Node::Class(true, r) => {
                        ranges.extend(complement(&r));
                        continue;
                    }
                    _ => return Err("bad escape"),
                }
            } else {
                c
            };
            let mut hi = lo;
            if is(self.peek(), '-') && !is(self.pat.get(self.pos + 1).copied(), ']') {
                if let Some(&e) = self.pat.get(self.pos + 1) {
                    self.pos += 2;
                    hi = if e == '\\' as u32 {
                        match self.escape(true)? {
                            Node::Char(x) => x,
                            _ => return Err("bad character range"),
                        }
                    } else {
                        e
                    };
                    if hi < lo {
                        return Err("bad character range");
                    }
                }
            }
            ranges.push((lo, hi));
        }
        Ok(Node::Class(neg, ranges))
    }
}

const DIGIT: &[(u32, u32)] = &[(0x30, 0x39)];
const WORD: &[(u32, u32)] = &[(0x30, 0x39), (0x41, 0x5a), (0x5f, 0x5f), (0x61, 0x7a)];
const SPACE: &[(u32, u32)] = &[(0x09, 0x0d), (0x20, 0x20)];

/// The ranges not in `r` (a sorted, disjoint list such as [`WORD`]).
fn complement(r: &[(u32, u32)]) -> Vec<(u32, u32)> {
    let mut out = Vec::new();
    let mut next = 0;
    for &(lo, hi) in r {
        if lo > next {
            out.push((next, lo - 1));
        }
        next = hi + 1;
    }
    out.push((next, 0x10ffff));
    out
}

fn emit(n: &Node, out: &mut Vec<u32>) -> Result<(), &'static str> {
    if out.len() > MAX_PROGRAM {
        return Err("pattern too large");
    }
    match n {
        Node::Empty => {}
        Node::Char(c) => out.extend_from_slice(&[CHAR, *c]),
        Node::Any => out.push(ANY),
        Node::Class(neg, ranges) => {
            out.extend_from_slice(&[CLASS, *neg as u32, ranges.len() as u32]);
            for &(lo, hi) in ranges {
                out.extend_from_slice(&[lo, hi]);
            }
        }
        Node::Assert(k) => out.extend_from_slice(&[ASSERT, *k]),
        Node::Backref(g) => out.extend_from_slice(&[BACKREF, *g]),
        Node::Group(index, inner) => {
            if let Some(g) = index {
                out.extend_from_slice(&[SAVE, 2 * g]);
            }
            emit(inner, out)?;
            if let Some(g) = index {
                out.extend_from_slice(&[SAVE, 2 * g + 1]);
            }
        }
        Node::Concat(items) => {
            for i in items {
                emit(i, out)?;
            }
        }
        Node::Alt(alts) => {
            // SPLIT a1 next; a1; JMP end; next: SPLIT a2 next2; … last
            let mut jumps = Vec::new();
            for (i, a) in alts.iter().enumerate() {
                if i + 1 < alts.len() {
                    let split = out.len();
                    out.extend_from_slice(&[SPLIT, split as u32 + 3, 0]);
                    emit(a, out)?;
                    jumps.push(out.len());
                    out.extend_from_slice(&[JMP, 0]);
                    out[split + 2] = out.len() as u32;
                } else {
                    emit(a, out)?;
                }
            }
            let end = out.len() as u32;
            for j in jumps {
                out[j + 1] = end;
            }
        }
        Node::Repeat(x, min, None, greedy) if *min > 0 => {
            // x{m,}: m-1 copies, then L: x; SPLIT L end (x+ is one copy).
            for _ in 1..*min {
                emit(x, out)?;
            }
            let l = out.len();
            emit(x, out)?;
            let s = out.len();
            out.extend_from_slice(&[SPLIT, 0, 0]);
            set_split(out, s, l, s + 3, *greedy);
        }
        Node::Repeat(x, min, max, greedy) => {
            for _ in 0..*min {
                emit(x, out)?;
            }
            match max {
                None => {
                    // L: SPLIT body end; body; JMP L; end:
                    let l = out.len();
                    out.extend_from_slice(&[SPLIT, 0, 0]);
                    emit(x, out)?;
                    out.extend_from_slice(&[JMP, l as u32]);
                    let end = out.len();
                    set_split(out, l, l + 3, end, *greedy);
                }
                Some(max) => {
                    // (x (x …)?)? nested, each optional part a SPLIT.
                    let mut splits = Vec::new();
                    for _ in *min..*max {
                        splits.push(out.len());
                        out.extend_from_slice(&[SPLIT, 0, 0]);
                        emit(x, out)?;
                        if out.len() > MAX_PROGRAM {
                            return Err("pattern too large");
                        }
                    }
                    let end = out.len();
                    for s in splits {
                        set_split(out, s, s + 3, end, *greedy);
                    }
                }
            }
        }
    }
    Ok(())
}

/// Fills the SPLIT at `at`: `body` preferred when greedy, else `skip`.
fn set_split(out: &mut [u32], at: usize, body: usize, skip: usize, greedy: bool) {
    let (a, b) = if greedy { (body, skip) } else { (skip, body) };
    out[at + 1] = a as u32;
    out[at + 2] = b as u32;
}
