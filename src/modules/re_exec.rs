//! The `re` matcher: backtracking over a compiled program (`re_compile.rs`)
//! with an explicit stack, never native recursion.
//!
//! Without backreferences, whether a thread at (instruction, position)
//! can still succeed does not depend on how it got there, so the matcher
//! marks each pair it has run in a bitmap and never runs it twice (RE2's
//! "bit state"): a search costs at most program length × text length
//! steps, even for `(a*)*b`. Patterns with backreferences, or texts too
//! long for a [`MAX_MEMO_BITS`] bitmap, run without it under a step budget
//! ([`MAX_STEPS`]); running out is an error, never a hang.

use super::re_compile::*;
use alloc::vec::Vec;

/// Bitmap size limit: 8 KiB of transient memory (the firmware's Rust heap
/// is 32 KiB); a bitmap that cannot be had means running on the budget.
const MAX_MEMO_BITS: usize = 64 * 1024;
/// Instructions a search may run without the bitmap.
const MAX_STEPS: u32 = 2_000_000;
/// Backtrack entries a search may keep.
const MAX_STACK: usize = 200_000;

/// A compiled program stored as little-endian words.
#[derive(Copy, Clone)]
pub struct Prog<'a>(pub &'a [u8]);

impl Prog<'_> {
    #[inline]
    fn at(self, i: usize) -> u32 {
        match self.0.get(4 * i..4 * i + 4) {
            Some(b) => u32::from_le_bytes([b[0], b[1], b[2], b[3]]),
            None => MATCH,
        }
    }
    fn len(self) -> usize {
        self.0.len() / 4
    }
}

/// What one search is asked.
pub struct Search<'a> {
    pub prog: Prog<'a>,
    /// The text up to `endpos`.
    pub text: &'a [u8],
    /// Characters are UTF-8 sequences (str), else single bytes (bytes).
    pub utf8: bool,
    pub use_memo: bool,
    /// Only at `start` (`match`, `fullmatch`).
    pub anchored: bool,
    /// The match must end at the end of the text (`fullmatch`).
    pub full: bool,
    /// An empty match at this position is refused (after an empty match,
    /// the next one of `sub`/`split`/`findall` must move on).
    pub no_empty_at: Option<usize>,
}

pub enum Failure {
    /// The search took too long or too much stack.
    TooComplex,
}

pub const UNSET: usize = usize::MAX;

enum Job {
    Branch(usize, usize),
    Restore(usize, usize),
}

impl Search<'_> {
    /// The character at byte `pos` and its width.
    #[inline]
    fn char_at(&self, pos: usize) -> Option<(u32, usize)> {
        let b = *self.text.get(pos)?;
        if !self.utf8 || b < 0x80 {
            return Some((b as u32, 1));
        }
        let w = match b {
            0xf0..=0xf7 => 4,
            0xe0..=0xef => 3,
            0xc0..=0xdf => 2,
            _ => return Some((b as u32, 1)),
        };
        let s = self.text.get(pos..pos + w)?;
        let c = core::str::from_utf8(s).ok()?.chars().next()? as u32;
        Some((c, w))
    }

    /// The character ending just before byte `pos`.
    fn char_before(&self, pos: usize) -> Option<u32> {
        if pos == 0 {
            return None;
        }
        let mut s = pos - 1;
        while self.utf8 && s > 0 && self.text[s] & 0xc0 == 0x80 {
            s -= 1;
        }
        self.char_at(s).map(|(c, _)| c)
    }

    fn is_word(c: Option<u32>) -> bool {
        c.and_then(char::from_u32)
            .is_some_and(|c| c.is_ascii_alphanumeric() || c == '_')
    }

    fn assert(&self, kind: u32, pos: usize) -> bool {
        let n = self.text.len();
        match kind {
            AT_BOL | AT_START => pos == 0,
            AT_EOL => pos == n || (pos + 1 == n && self.text[pos] == b'\n'),
            AT_END => pos == n,
            AT_WORD_B | AT_NOT_WORD_B => {
                let b = Self::is_word(self.char_before(pos))
                    != Self::is_word(self.char_at(pos).map(|(c, _)| c));
                b == (kind == AT_WORD_B)
            }
            _ => false,
        }
    }

    /// Searches from byte `start`; on success `caps` holds the capture
    /// positions (pairs per group, [`UNSET`] where a group did not match).
    pub fn run(&self, start: usize, caps: &mut [usize]) -> Result<bool, Failure> {
        let n = self.text.len();
        let plen = self.prog.len();
        let memo_bits = plen.saturating_mul(n - start.min(n) + 1);
        let mut memo = Vec::new();
        if self.use_memo && memo_bits <= MAX_MEMO_BITS {
            let words = memo_bits.div_ceil(32);
            if memo.try_reserve_exact(words).is_ok() {
                memo.resize(words, 0u32);
            }
        }
        let mut steps = 0u32;
        let mut stack = Vec::new();
        let mut s = start;
        loop {
            caps.fill(UNSET);
            if self.attempt(s, start, caps, &mut memo, &mut stack, &mut steps)? {
                return Ok(true);
            }
            if self.anchored || s >= n {
                return Ok(false);
            }
            s += self.char_at(s).map_or(1, |(_, w)| w);
        }
    }

    fn attempt(
        &self,
        start: usize,
        base: usize,
        caps: &mut [usize],
        memo: &mut [u32],
        stack: &mut Vec<Job>,
        steps: &mut u32,
    ) -> Result<bool, Failure> {
        let prog = self.prog;
        // The bitmap covers positions from `base`, where the search began.
        let n1 = self.text.len() - base + 1;
        stack.clear();
        stack.push(Job::Branch(0, start));
        while let Some(job) = stack.pop() {
            let (mut pc, mut pos) = match job {
                Job::Restore(k, v) => {
                    caps[k] = v;
                    continue;
                }
                Job::Branch(pc, pos) => (pc, pos),
            };
            loop {
                if memo.is_empty() {
                    *steps += 1;
                    if *steps > MAX_STEPS {
                        return Err(Failure::TooComplex);
                    }
                } else {
                    let bit = pc * n1 + (pos - base);
                    let (w, m) = (bit / 32, 1u32 << (bit % 32));
                    if memo[w] & m != 0 {
                        break;
                    }
                    memo[w] |= m;
                }
                match prog.at(pc) {
                    CHAR => match self.char_at(pos) {
                        Some((c, w)) if c == prog.at(pc + 1) => {
                            pos += w;
                            pc += 2;
                        }
                        _ => break,
                    },
                    ANY => match self.char_at(pos) {
                        Some((c, w)) if c != '\n' as u32 => {
                            pos += w;
                            pc += 1;
                        }
                        _ => break,
                    },
                    CLASS => {
                        let neg = prog.at(pc + 1) != 0;
                        let k = prog.at(pc + 2) as usize;
                        let Some((c, w)) = self.char_at(pos) else {
                            break;
                        };
                        let inside = (0..k).any(|i| {
                            let lo = prog.at(pc + 3 + 2 * i);
                            let hi = prog.at(pc + 4 + 2 * i);
                            lo <= c && c <= hi
                        });
                        if inside == neg {
                            break;
                        }
                        pos += w;
                        pc += 3 + 2 * k;
                    }
                    SPLIT => {
                        push(stack, Job::Branch(prog.at(pc + 2) as usize, pos))?;
                        pc = prog.at(pc + 1) as usize;
                    }
                    JMP => pc = prog.at(pc + 1) as usize,
                    SAVE => {
                        let k = prog.at(pc + 1) as usize;
                        if k < caps.len() {
                            push(stack, Job::Restore(k, caps[k]))?;
                            caps[k] = pos;
                        }
                        pc += 2;
                    }
                    ASSERT => {
                        if !self.assert(prog.at(pc + 1), pos) {
                            break;
                        }
                        pc += 2;
                    }
                    BACKREF => {
                        let g = prog.at(pc + 1) as usize;
                        let (s, e) = (
                            caps.get(2 * g).copied().unwrap_or(UNSET),
                            caps.get(2 * g + 1).copied().unwrap_or(UNSET),
                        );
                        if s == UNSET || e == UNSET || e < s {
                            break;
                        }
                        let len = e - s;
                        if self.text.get(pos..pos + len) != self.text.get(s..e) {
                            break;
                        }
                        pos += len;
                        pc += 2;
                    }
                    _ => {
                        if self.full && pos != self.text.len() {
                            break;
                        }
                        if self.no_empty_at == Some(start) && pos == start {
                            break;
                        }
                        return Ok(true);
                    }
                }
            }
        }
        Ok(false)
    }
}

/// Pushes a backtrack entry; running out of room (the limit, or memory)
/// ends the search as too complex rather than aborting.
#[inline]
fn push(stack: &mut Vec<Job>, job: Job) -> Result<(), Failure> {
    if stack.len() >= MAX_STACK || stack.try_reserve(1).is_err() {
        return Err(Failure::TooComplex);
    }
    stack.push(job);
    Ok(())
}
