//! Interned strings (qstrs): every identifier and short string constant is
//! stored once and named by a small integer, so names compare by `==` on ids
//! and fit in a value word.
//!
//! Ids `0..BUILTIN_COUNT` are the names known at build time (`names.txt`,
//! generated into static tables by `build.rs`: ROM, no RAM). Later ids are
//! interned at run time into the pool: string bytes go into fixed-capacity
//! chunks that never move, and an open-addressing index by hash finds them.
//!
//! ```text
//!   id:  0 ......... BUILTIN_COUNT-1 | BUILTIN_COUNT ........ limit-1
//!        static (names.txt)           | pool entries, in interning order
//! ```

mod hash;

pub use hash::hash_bytes;

use alloc::string::String;
use alloc::vec::Vec;

include!(concat!(env!("OUT_DIR"), "/qstr_names.rs"));

/// An interned string's id.
#[derive(Copy, Clone, PartialEq, Eq, PartialOrd, Ord, Hash, Debug)]
#[repr(transparent)]
pub struct Qstr(pub u32);

#[derive(Copy, Clone, PartialEq, Eq, Debug)]
pub enum QstrError {
    /// No memory for the string or the index.
    MemoryError,
    /// More distinct strings than a value word can name.
    TooMany,
}

/// What the front end needs of the string table.
pub trait Interner {
    fn intern(&mut self, s: &str) -> Result<Qstr, QstrError>;
    fn get(&self, q: Qstr) -> &str;
}

/// Bytes of one pool chunk: small strings share chunks, so a name costs its
/// length plus one entry, not an allocation of its own.
const CHUNK_BYTES: usize = 256;

#[derive(Clone, Copy)]
struct Entry {
    hash: u32,
    chunk: u16,
    offset: u16,
    len: u32,
}

/// The run-time part of the string table.
pub struct QstrPool {
    chunks: Vec<String>,
    entries: Vec<Entry>,
    /// Open addressing over pool ids + 1 (0 = free slot); length a power of two.
    index: Vec<u32>,
    limit: u32,
}

impl QstrPool {
    /// A pool whose ids stay below `limit` (the smallest `QSTR_LIMIT` of the
    /// representations in use).
    pub fn new(limit: u32) -> Self {
        QstrPool {
            chunks: Vec::new(),
            entries: Vec::new(),
            index: Vec::new(),
            limit,
        }
    }

    /// The id of `s` if it is already interned.
    pub fn lookup(&self, s: &str) -> Option<Qstr> {
        let h = hash_bytes(s.as_bytes());
        if let Some(q) = builtin_lookup(s, h) {
            return Some(q);
        }
        self.pool_lookup(s, h)
    }

    /// The string's hash (the same as a str object with those bytes).
    pub fn hash(&self, q: Qstr) -> u32 {
        match q.0.checked_sub(BUILTIN_COUNT) {
            None => BUILTIN_HASH[q.0 as usize],
            Some(i) => self.entries.get(i as usize).map_or(0, |e| e.hash),
        }
    }

    /// Number of strings interned at run time, and the bytes their text uses.
    pub fn stats(&self) -> (usize, usize) {
        let bytes = self.entries.iter().map(|e| e.len as usize).sum();
        (self.entries.len(), bytes)
    }

    fn pool_lookup(&self, s: &str, h: u32) -> Option<Qstr> {
        if self.index.is_empty() {
            return None;
        }
        let mask = self.index.len() - 1;
        let mut slot = h as usize & mask;
        loop {
            let id = self.index[slot];
            if id == 0 {
                return None;
            }
            let e = self.entries[id as usize - 1];
            if e.hash == h && self.text(e) == s {
                return Some(Qstr(BUILTIN_COUNT + id - 1));
            }
            slot = (slot + 1) & mask;
        }
    }

    fn text(&self, e: Entry) -> &str {
        let start = e.offset as usize;
        &self.chunks[e.chunk as usize][start..start + e.len as usize]
    }

    fn store(&mut self, s: &str) -> Result<(u16, u16), QstrError> {
        let fits = self
            .chunks
            .last()
            .is_some_and(|c| c.len() + s.len() <= CHUNK_BYTES.min(c.capacity()));
        if !fits {
            let mut chunk = String::new();
            chunk
                .try_reserve_exact(s.len().max(CHUNK_BYTES))
                .map_err(|_| QstrError::MemoryError)?;
            self.chunks
                .try_reserve(1)
                .map_err(|_| QstrError::MemoryError)?;
            self.chunks.push(chunk);
        }
        let chunk_index = self.chunks.len() - 1;
        let chunk = &mut self.chunks[chunk_index];
        let offset = chunk.len();
        chunk.push_str(s);
        // A chunk never exceeds max(CHUNK_BYTES, the longest single string);
        // strings that start past 64 KiB get a chunk of their own (offset 0).
        let offset = u16::try_from(offset).map_err(|_| QstrError::MemoryError)?;
        let chunk_index = u16::try_from(chunk_index).map_err(|_| QstrError::TooMany)?;
        Ok((chunk_index, offset))
    }

    fn grow_index(&mut self) -> Result<(), QstrError> {
        let size = (self.entries.len() * 2).next_power_of_two().max(16);
        let mut index = Vec::new();
        index
            .try_reserve_exact(size)
            .map_err(|_| QstrError::MemoryError)?;
        index.resize(size, 0u32);
        for (i, e) in self.entries.iter().enumerate() {
            let mut slot = e.hash as usize & (size - 1);
            while index[slot] != 0 {
                slot = (slot + 1) & (size - 1);
            }
            index[slot] = i as u32 + 1;
        }
        self.index = index;
        Ok(())
    }
}

impl Interner for QstrPool {
    fn intern(&mut self, s: &str) -> Result<Qstr, QstrError> {
        let h = hash_bytes(s.as_bytes());
        if let Some(q) = builtin_lookup(s, h) {
            return Ok(q);
        }
        if let Some(q) = self.pool_lookup(s, h) {
            return Ok(q);
        }
        let id = BUILTIN_COUNT + self.entries.len() as u32;
        if id >= self.limit {
            return Err(QstrError::TooMany);
        }
        let len = u32::try_from(s.len()).map_err(|_| QstrError::MemoryError)?;
        let (chunk, offset) = self.store(s)?;
        self.entries
            .try_reserve(1)
            .map_err(|_| QstrError::MemoryError)?;
        self.entries.push(Entry {
            hash: h,
            chunk,
            offset,
            len,
        });
        // Keep the index at most half full so probes stay short.
        if self.entries.len() * 2 > self.index.len() {
            self.grow_index()?;
        } else {
            let mask = self.index.len() - 1;
            let mut slot = h as usize & mask;
            while self.index[slot] != 0 {
                slot = (slot + 1) & mask;
            }
            self.index[slot] = self.entries.len() as u32;
        }
        Ok(Qstr(id))
    }

    fn get(&self, q: Qstr) -> &str {
        match q.0.checked_sub(BUILTIN_COUNT) {
            None => BUILTIN_STR[q.0 as usize],
            Some(i) => self.entries.get(i as usize).map_or("", |&e| self.text(e)),
        }
    }
}

/// Looks `s` up among the build-time names.
fn builtin_lookup(s: &str, h: u32) -> Option<Qstr> {
    let mask = BUILTIN_INDEX.len() - 1;
    let mut slot = h as usize & mask;
    loop {
        let id = BUILTIN_INDEX[slot];
        if id == u16::MAX {
            return None;
        }
        if BUILTIN_HASH[id as usize] == h && BUILTIN_STR[id as usize] == s {
            return Some(Qstr(id as u32));
        }
        slot = (slot + 1) & mask;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::format;

    #[test]
    fn builtin_names_are_found_without_pool_entries() {
        let mut pool = QstrPool::new(1 << 19);
        assert_eq!(pool.intern("__init__").unwrap(), names::__init__);
        assert_eq!(pool.intern("").unwrap(), names::EMPTY);
        assert_eq!(pool.get(names::MODULE_NAME), "<module>");
        assert_eq!(pool.stats(), (0, 0));
    }

    #[test]
    fn interning_twice_gives_the_same_id() {
        let mut pool = QstrPool::new(1 << 19);
        let ids: Vec<Qstr> = (0..1000)
            .map(|i| pool.intern(&format!("name{i}")).unwrap())
            .collect();
        for (i, q) in ids.iter().enumerate() {
            let s = format!("name{i}");
            assert_eq!(pool.intern(&s).unwrap(), *q);
            assert_eq!(pool.get(*q), s);
            assert_eq!(pool.lookup(&s), Some(*q));
            assert_eq!(pool.hash(*q), hash_bytes(s.as_bytes()));
        }
        assert_eq!(pool.lookup("absent"), None);
        assert_eq!(pool.stats().0, 1000);
    }

    #[test]
    fn long_strings_get_their_own_chunk() {
        let mut pool = QstrPool::new(1 << 19);
        let long = "x".repeat(100_000);
        let a = pool.intern("short").unwrap();
        let b = pool.intern(&long).unwrap();
        let c = pool.intern("after").unwrap();
        assert_eq!(pool.get(a), "short");
        assert_eq!(pool.get(b), long);
        assert_eq!(pool.get(c), "after");
    }

    #[test]
    fn the_limit_is_enforced() {
        let mut pool = QstrPool::new(BUILTIN_COUNT + 2);
        pool.intern("one").unwrap();
        pool.intern("two").unwrap();
        assert_eq!(pool.intern("three"), Err(QstrError::TooMany));
        assert_eq!(pool.intern("one").unwrap().0, BUILTIN_COUNT);
    }
}
