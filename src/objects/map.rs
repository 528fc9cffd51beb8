//! The insertion-ordered hash map shared by dicts, instance attributes,
//! class namespaces and module globals. It is embedded (12 bytes) in its
//! owner object, so an instance with two attributes is its 16-byte head plus
//! one 16-byte entry block in representation A.
//!
//! ```text
//!   Map:      | len u32 | used:26 keys_only:1 cap_log2:5 (u32) | entries ref u32 (0 = none) |
//!   entries:  | key 0 | value 0 | key 1 | value 1 | … cap pairs (R words)
//!             | index: 2·cap u32 slots (only when cap > LINEAR_MAX) |
//! ```
//! A set's map is `keys_only`: its entries are keys alone (stride 1, values
//! read as `None`), so `{1, 2, 3}` is a 16-byte head and one 16-byte block
//! in representation A, as MicroPython's sets.
//! Entries are appended in insertion order; deleting writes `null` into the
//! key (a tombstone, skipped by iteration and squeezed out on the next
//! resize), so `used >= len`. Maps of at most [`LINEAR_MAX`] entries are
//! searched linearly (fast for the attribute-sized maps that dominate);
//! bigger ones carry an open-addressing index of `entry + 1` (0 = free slot)
//! kept at most half full, probed linearly from the key's hash.

use crate::runtime::heap::ALLOC_DEFAULT;
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::{ObjRef, Repr};

/// Maps up to this capacity have no index: a linear scan of ≤ 8 keys beats
/// hashing them.
pub const LINEAR_MAX: usize = 8;

#[repr(C)]
#[derive(Copy, Clone, Default)]
pub struct Map {
    pub len: u32,
    pub meta: u32,
    pub entries: u32,
}

/// `meta` bit of a keys-only (set) map.
pub const KEYS_ONLY: u32 = 1 << 5;

impl Map {
    #[inline(always)]
    pub fn used(&self) -> usize {
        (self.meta >> 6) as usize
    }
    /// Value words per entry: 2 (key, value), or 1 in a keys-only map.
    #[inline(always)]
    pub fn stride(&self) -> usize {
        if self.meta & KEYS_ONLY != 0 {
            1
        } else {
            2
        }
    }
    #[inline(always)]
    pub fn cap(&self) -> usize {
        if self.entries == 0 {
            0
        } else {
            1 << (self.meta & 31)
        }
    }
    fn set_used(&mut self, used: usize) {
        self.meta = (used as u32) << 6 | (self.meta & 63);
    }
}

/// Where a map lives: the owning object and the byte offset of its `Map`.
#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub struct MapRef {
    pub owner: ObjRef,
    pub offset: u32,
}

/// Outcome of a key search.
enum Probe {
    Found(usize),
    /// Not present.
    Absent,
}

impl<R: Repr> Vm<R> {
    /// The map header.
    #[inline(always)]
    pub fn map(&self, m: MapRef) -> Map {
        // SAFETY: `MapRef`s are only made for objects embedding a `Map` at
        // `offset` (dict, instance, class, module, exception).
        unsafe { *((self.ptr::<u8>(m.owner)).add(m.offset as usize) as *const Map) }
    }

    fn map_set_header(&mut self, m: MapRef, h: Map) {
        // SAFETY: as `map`; owners are heap objects when written.
        unsafe { *((self.ptr::<u8>(m.owner)).add(m.offset as usize) as *mut Map) = h }
    }

    /// The entry pairs `(key, value)`, `used` of them (tombstones included).
    #[inline]
    pub fn map_entries(&self, h: &Map) -> &[R] {
        if h.entries == 0 {
            return &[];
        }
        // SAFETY: the entry block holds `cap >= used` pairs of R words.
        unsafe {
            core::slice::from_raw_parts(self.ptr::<R>(ObjRef(h.entries)), h.used() * h.stride())
        }
    }

    fn map_entries_mut(&mut self, h: &Map) -> &mut [R] {
        // SAFETY: as `map_entries`, over the whole capacity.
        unsafe {
            core::slice::from_raw_parts_mut(self.ptr::<R>(ObjRef(h.entries)), h.cap() * h.stride())
        }
    }

    fn map_index_mut(&mut self, h: &Map) -> &mut [u32] {
        let cap = h.cap();
        // SAFETY: indexed maps allocate `2·cap` u32 slots after the pairs.
        unsafe {
            let base = self.ptr::<R>(ObjRef(h.entries)).add(cap * h.stride()) as *mut u32;
            core::slice::from_raw_parts_mut(base, cap * 2)
        }
    }

    /// Fast key comparison: identical words, or two strs with equal text.
    /// Falls back to full equality only for other heap objects.
    fn map_key_eq(&mut self, a: R, b: R) -> PyResult<bool> {
        if a == b {
            return Ok(true);
        }
        if a.is_small_int() && b.is_small_int() || a.is_qstr() && b.is_qstr() {
            return Ok(false);
        }
        self.equal(a, b)
    }

    fn map_probe(&mut self, m: MapRef, key: R) -> PyResult<Probe> {
        let h = self.map(m);
        let cap = h.cap();
        if cap <= LINEAR_MAX {
            if key.is_ptr() {
                // Small maps compare without hashing: reject what `hash` would.
                self.check_hashable(key)?;
            }
            let mut i = 0;
            // Re-read the header each step: a user `__eq__` may change the map.
            while let Some(&k) = self.map_entries(&self.map(m)).get(i * self.map(m).stride()) {
                i += 1;
                if k.is_null() {
                    continue;
                }
                if k == key || self.map_key_eq(k, key)? {
                    return Ok(Probe::Found(i - 1));
                }
            }
            return Ok(Probe::Absent);
        }
        let hash = self.hash(key)? as usize;
        let mask = cap * 2 - 1;
        let mut slot = hash & mask;
        loop {
            let h = self.map(m);
            let Some(&e) = self.map_index_mut(&h).get(slot) else {
                return Ok(Probe::Absent);
            };
            if e == 0 {
                return Ok(Probe::Absent);
            }
            let i = e as usize - 1;
            let k = self.map_entries(&h)[i * h.stride()];
            if !k.is_null() && self.map_key_eq(k, key)? {
                return Ok(Probe::Found(i));
            }
            slot = (slot + 1) & mask;
        }
    }

    /// The value stored under `key`. Interned names in small maps (the
    /// attribute and globals maps) are found inline by word equality.
    #[inline]
    pub fn map_get(&mut self, m: MapRef, key: R) -> PyResult<Option<R>> {
        let h = self.map(m);
        match self.map_find_qstr(&h, key) {
            Some(Probe::Found(i)) => Ok(Some(self.map_value(&h, i))),
            Some(Probe::Absent) => Ok(None),
            None => self.map_get_slow(m, key),
        }
    }

    #[inline(never)]
    fn map_get_slow(&mut self, m: MapRef, key: R) -> PyResult<Option<R>> {
        Ok(match self.map_probe(m, key)? {
            Probe::Found(i) => {
                let h = self.map(m);
                Some(self.map_value(&h, i))
            }
            Probe::Absent => None,
        })
    }

    /// The value of entry `i` (`None` in a keys-only map).
    #[inline(always)]
    fn map_value(&self, h: &Map, i: usize) -> R {
        if h.stride() == 2 {
            self.map_entries(h)[i * 2 + 1]
        } else {
            R::none()
        }
    }

    /// `map_get` for an interned-name key in a small map, without raising:
    /// `Some(found)`, or `None` when only the general search can tell.
    #[inline(always)]
    pub(crate) fn map_get_qstr(&self, m: MapRef, key: R) -> Option<Option<R>> {
        let h = self.map(m);
        match self.map_find_qstr(&h, key)? {
            Probe::Found(i) => Some(Some(self.map_value(&h, i))),
            Probe::Absent => Some(None),
        }
    }

    /// Replaces the value of an interned-name key present in a small map;
    /// `false` (nothing changed) when `map_set` must do it.
    #[inline(always)]
    pub(crate) fn map_replace_qstr(&mut self, m: MapRef, key: R, value: R) -> bool {
        let h = self.map(m);
        match self.map_find_qstr(&h, key) {
            Some(Probe::Found(i)) if h.stride() == 2 => {
                self.map_entries_mut(&h)[i * 2 + 1] = value;
                true
            }
            _ => false,
        }
    }

    /// Finds an interned-name key in a small map by word equality alone;
    /// `None` when a heap key (a str with the same text, maybe) could match.
    #[inline(always)]
    fn map_find_qstr(&self, h: &Map, key: R) -> Option<Probe> {
        if !key.is_qstr() || h.cap() > LINEAR_MAX {
            return None;
        }
        let e = self.map_entries(h);
        let s = h.stride();
        let mut other = false;
        let mut i = 0;
        while i < e.len() {
            if e[i] == key {
                return Some(Probe::Found(i / s));
            }
            other |= e[i].is_ptr();
            i += s;
        }
        (!other).then_some(Probe::Absent)
    }

    /// Stores `value` under `key`, keeping the first insertion's position.
    pub fn map_set(&mut self, m: MapRef, key: R, value: R) -> PyResult<()> {
        let h = self.map(m);
        let probe = match self.map_find_qstr(&h, key) {
            Some(p) => p,
            None => self.map_probe(m, key)?,
        };
        match probe {
            Probe::Found(i) => {
                let h = self.map(m);
                if h.stride() == 2 {
                    self.map_entries_mut(&h)[i * 2 + 1] = value;
                }
                Ok(())
            }
            Probe::Absent => {
                let h = self.map(m);
                if h.used() == h.cap() {
                    self.map_grow(m, key, value)?;
                }
                let mut h = self.map(m);
                let i = h.used();
                let s = h.stride();
                let e = self.map_entries_mut(&h);
                e[i * s] = key;
                if s == 2 {
                    e[i * 2 + 1] = value;
                }
                h.set_used(i + 1);
                h.len += 1;
                self.map_set_header(m, h);
                if h.cap() > LINEAR_MAX {
                    // The probe may be stale after a grow: find the free slot anew.
                    self.map_index_insert(m, key, i)?;
                }
                Ok(())
            }
        }
    }

    fn map_index_insert(&mut self, m: MapRef, key: R, entry: usize) -> PyResult<()> {
        let hash = self.hash(key)? as usize;
        let h = self.map(m);
        let index = self.map_index_mut(&h);
        let mask = index.len() - 1;
        let mut slot = hash & mask;
        while index[slot] != 0 {
            slot = (slot + 1) & mask;
        }
        index[slot] = entry as u32 + 1;
        Ok(())
    }

    /// Makes room for one more entry: doubles the capacity (or squeezes out
    /// tombstones), rebuilding the index. `key`, `value` are kept reachable
    /// by the caller's stack while this allocates.
    fn map_grow(&mut self, m: MapRef, _key: R, _value: R) -> PyResult<()> {
        let h = self.map(m);
        let live = h.len as usize;
        let new_cap = if h.cap() == 0 {
            2
        } else if live < h.cap() / 2 && h.cap() > 2 {
            h.cap()
        } else {
            h.cap() * 2
        };
        self.map_rebuild(m, new_cap)
    }

    /// Copies the live entries into a fresh block of `new_cap` (a power of two).
    fn map_rebuild(&mut self, m: MapRef, new_cap: usize) -> PyResult<()> {
        let s = self.map(m).stride();
        let index_words = if new_cap > LINEAR_MAX { new_cap * 2 } else { 0 };
        let bytes = new_cap * s * R::WORD_BYTES + index_words * 4;
        let block = self.alloc_raw(bytes, ALLOC_DEFAULT)?;
        let h = self.map(m);
        let old = h.entries;
        let mut n = 0;
        for i in 0..h.used() {
            let k = self.map_entries(&h)[i * s];
            if k.is_null() {
                continue;
            }
            // SAFETY: `block` is the fresh allocation of `new_cap` entries of `s` words.
            unsafe {
                let p = self.ptr::<R>(block);
                for w in 0..s {
                    *p.add(n * s + w) = self.map_entries(&h)[i * s + w];
                }
            }
            n += 1;
        }
        let nh = Map {
            len: n as u32,
            meta: (n as u32) << 6 | (h.meta & KEYS_ONLY) | new_cap.trailing_zeros(),
            entries: block.0,
        };
        self.map_set_header(m, nh);
        if new_cap > LINEAR_MAX {
            for i in 0..n {
                let k = self.map_entries(&nh)[i * s];
                if let Err(e) = self.map_index_insert(m, k, i) {
                    // A raising __hash__ leaves the map unindexed: restore the old block.
                    self.map_set_header(m, h);
                    return Err(e);
                }
            }
        }
        if old != 0 {
            self.heap.free(mupy_gc::GcRef(old));
        }
        Ok(())
    }

    /// Removes `key`, returning its value.
    pub fn map_remove(&mut self, m: MapRef, key: R) -> PyResult<Option<R>> {
        match self.map_probe(m, key)? {
            Probe::Found(i) => {
                let mut h = self.map(m);
                let s = h.stride();
                let e = self.map_entries_mut(&h);
                let v = if s == 2 { e[i * 2 + 1] } else { R::none() };
                for w in 0..s {
                    e[i * s + w] = R::null();
                }
                h.len -= 1;
                if h.len == 0 {
                    // Empty again: restart at the front so tombstones never pile up.
                    h.set_used(0);
                    if h.cap() > LINEAR_MAX {
                        self.map_index_mut(&h).fill(0);
                    }
                } else if i + 1 == h.used() && h.cap() <= LINEAR_MAX {
                    h.set_used(i);
                }
                self.map_set_header(m, h);
                Ok(Some(v))
            }
            Probe::Absent => Ok(None),
        }
    }

    /// Empties a map (keeps no block).
    pub fn map_clear(&mut self, m: MapRef) {
        let keys_only = self.map(m).meta & KEYS_ONLY;
        self.map_set_header(
            m,
            Map {
                meta: keys_only,
                ..Map::default()
            },
        );
    }

    /// Makes the (empty) map of a new set keys-only.
    pub fn map_make_keys_only(&mut self, m: MapRef) {
        let mut h = self.map(m);
        h.meta |= KEYS_ONLY;
        self.map_set_header(m, h);
    }

    /// The `n`-th live entry at or after position `pos`: `(next_pos, key, value)`.
    /// Iteration walks positions, so it survives inserts of existing keys.
    pub fn map_next(&self, m: MapRef, mut pos: usize) -> Option<(usize, R, R)> {
        let h = self.map(m);
        let s = h.stride();
        let e = self.map_entries(&h);
        while pos * s < e.len() {
            let k = e[pos * s];
            if !k.is_null() {
                let v = if s == 2 { e[pos * 2 + 1] } else { R::none() };
                return Some((pos + 1, k, v));
            }
            pos += 1;
        }
        None
    }

    /// Pre-sizes an empty map for `n` entries.
    pub fn map_reserve(&mut self, m: MapRef, n: usize) -> PyResult<()> {
        if n == 0 || self.map(m).cap() >= n {
            return Ok(());
        }
        self.map_rebuild(m, n.next_power_of_two().max(2))
    }
}

impl<R: Repr> Vm<R> {
    /// TypeError for the mutable builtin containers and slices, which have
    /// no hash; a user object's `__hash__` runs (as CPython calls it on
    /// every lookup), so `__hash__ = None` and a raising `__hash__` count.
    fn check_hashable(&mut self, key: R) -> PyResult<()> {
        if self.is_user_instance(key) {
            return self.hash(key).map(drop);
        }
        let t = self.type_ref_of_ptr(key.ptr_ref());
        let unhashable = [
            TypeId::List,
            TypeId::Dict,
            TypeId::Set,
            TypeId::ByteArray,
            TypeId::MemoryView,
            TypeId::Slice,
        ];
        if unhashable.iter().any(|u| u.rom_ref() == t) {
            let n = self.type_name(key);
            return Err(crate::raise!(self, TypeError, "unhashable type: '{}'", n));
        }
        Ok(())
    }
}
