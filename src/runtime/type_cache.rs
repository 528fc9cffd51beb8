//! A small direct-mapped cache of class attribute lookups: `(class, name)`
//! to what the walk of the class's MRO found (or null for "absent"), as
//! CPython's method cache. Method calls and attribute stores on instances
//! look the class up on every execution; the MRO walk costs a dict search
//! per class, the cache one compare.
//!
//! Invariants that keep a hit equal to a fresh walk:
//! - class namespaces change only through `store_attr_plain` on a class,
//!   which empties the cache (MROs never change after creation);
//! - a collection may free a class and its attribute values and reuse their
//!   addresses, so entries are only valid for the collection count they
//!   were made under (`epoch`); a new count empties the cache. The cached
//!   values are therefore never traced: they are only read before the next
//!   collection, while the class dict still holds them.

use mupy_reprs::{ObjRef, Repr};

use crate::qstr::Qstr;

/// Entries; a power of two.
const SLOTS: usize = 32;

/// A key that no lookup produces (no qstr reaches `u32::MAX`).
const EMPTY_NAME: u32 = u32::MAX;

#[derive(Copy, Clone)]
struct Entry<R> {
    class: u32,
    name: u32,
    value: R,
}

pub struct TypeCache<R: Repr> {
    entries: [Entry<R>; SLOTS],
    epoch: u32,
}

impl<R: Repr> TypeCache<R> {
    pub fn new() -> Self {
        TypeCache {
            entries: [Entry {
                class: 0,
                name: EMPTY_NAME,
                value: R::null(),
            }; SLOTS],
            epoch: 0,
        }
    }

    /// Forgets every entry.
    pub fn clear(&mut self) {
        for e in self.entries.iter_mut() {
            e.name = EMPTY_NAME;
        }
    }

    #[inline(always)]
    fn slot(class: ObjRef, name: Qstr) -> usize {
        ((class.0 >> 3) ^ name.0.wrapping_mul(0x9E37_79B1) >> 16) as usize & (SLOTS - 1)
    }

    /// The cached result for `(class, name)`: `Some(null)` for a cached
    /// "absent", `None` when not cached. `collections` is the heap's
    /// current collection count.
    #[inline(always)]
    pub fn get(&mut self, class: ObjRef, name: Qstr, collections: u32) -> Option<R> {
        if self.epoch != collections {
            self.clear();
            self.epoch = collections;
            return None;
        }
        let e = &self.entries[Self::slot(class, name)];
        (e.class == class.0 && e.name == name.0).then_some(e.value)
    }

    /// Remembers a lookup result (null for absent) made under `collections`.
    #[inline(always)]
    pub fn put(&mut self, class: ObjRef, name: Qstr, value: R, collections: u32) {
        if self.epoch != collections {
            self.clear();
            self.epoch = collections;
        }
        self.entries[Self::slot(class, name)] = Entry {
            class: class.0,
            name: name.0,
            value,
        };
    }
}

impl<R: Repr> Default for TypeCache<R> {
    fn default() -> Self {
        Self::new()
    }
}
