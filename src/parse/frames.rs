//! The parser's rule stack, in fixed segments instead of one growing
//! vector: growing never copies, so the peak is the frames in use plus at
//! most one spare segment, not the old and the new buffer of a doubling
//! vector at once. That peak is what limits nesting in a firmware's small
//! scratch heap (32 KiB on the MCU).

use alloc::vec::Vec;

/// Frames per segment: 32 frames of 12 bytes, a 384-byte allocation.
const SEG: usize = 32;

pub struct Frames<T: Copy> {
    /// Full segments, then the one in use; each holds at most `SEG`.
    segs: Vec<Vec<T>>,
    /// A segment emptied by popping, kept for the next push.
    spare: Option<Vec<T>>,
    len: usize,
}

impl<T: Copy> Frames<T> {
    pub fn new() -> Self {
        Frames {
            segs: Vec::new(),
            spare: None,
            len: 0,
        }
    }

    pub fn len(&self) -> usize {
        self.len
    }

    /// Appends `v`; false if out of memory.
    pub fn push(&mut self, v: T) -> bool {
        if self.len.is_multiple_of(SEG) {
            let seg = match self.spare.take() {
                Some(seg) => seg,
                None => {
                    let mut seg = Vec::new();
                    if seg.try_reserve_exact(SEG).is_err() {
                        return false;
                    }
                    seg
                }
            };
            if self.segs.try_reserve(1).is_err() {
                return false;
            }
            self.segs.push(seg);
        }
        let Some(seg) = self.segs.last_mut() else {
            return false;
        };
        seg.push(v);
        self.len += 1;
        true
    }

    pub fn pop(&mut self) -> Option<T> {
        let seg = self.segs.last_mut()?;
        let v = seg.pop()?;
        self.len -= 1;
        if seg.is_empty() {
            self.spare = self.segs.pop();
        }
        Some(v)
    }

    pub fn last(&self) -> Option<&T> {
        self.segs.last()?.last()
    }

    /// The frame at index `i` (below `len`).
    pub fn get_mut(&mut self, i: usize) -> Option<&mut T> {
        self.segs.get_mut(i / SEG)?.get_mut(i % SEG)
    }
}
