//! What the collector starts from. The runtime implements `Roots` for its
//! VM state (precise roots, plus the native stack scanned conservatively);
//! a few plain containers implement it for tests and simple embedders.

use crate::gc_ref::GcRef;
use crate::mark::Marker;

/// The root set of a collection.
pub trait Roots {
    /// Marks every root: `m.mark` for precise references, `m.scan_words`
    /// for memory holding values, `m.scan_native_stack` for the stack.
    fn trace(&self, m: &mut Marker<'_>);

    /// Called during the sweep of an automatic collection (or `collect`)
    /// for each dead allocation made with `AllocFlags::FINALISER`, before
    /// its blocks are freed; `obj` is its memory, readable until the call
    /// returns.
    fn finalise(&self, _r: GcRef, _obj: *mut u8) {}
}

/// No roots: every allocation is garbage at the next collection.
impl Roots for () {
    fn trace(&self, _m: &mut Marker<'_>) {}
}

impl Roots for [GcRef] {
    fn trace(&self, m: &mut Marker<'_>) {
        for r in self {
            m.mark(r.0);
        }
    }
}

impl<const N: usize> Roots for [GcRef; N] {
    fn trace(&self, m: &mut Marker<'_>) {
        self.as_slice().trace(m)
    }
}

impl Roots for &[GcRef] {
    fn trace(&self, m: &mut Marker<'_>) {
        (**self).trace(m)
    }
}

impl Roots for rust_alloc::vec::Vec<GcRef> {
    fn trace(&self, m: &mut Marker<'_>) {
        self.as_slice().trace(m)
    }
}
