//! Interned strings (qstrs): every identifier and short string constant is
//! stored once and named by a small integer, so names compare by `==` on ids
//! and fit in a value word.
//!
//! Ids `0..BUILTIN_COUNT` are the names known at build time (`names.txt`,
//! generated into static tables by `build.rs`: ROM, no RAM). Later ids are
//! interned at run time into the pool: string bytes go into fixed-capacity
//! chunks that never move, and an open-addressing index by hash finds them.
//! A VM takes chunks from its GC heap ([`ChunkAlloc`]; they are roots for
//! as long as the VM lives), so `gc.mem_alloc()` counts interned text as
//! MicroPython's does; a pool used alone (tools, tests) takes them from
//! Rust's allocator. The per-string entries and the index stay in Rust's
//! allocator: a few bytes per string, outside the Python heap.
//!
//! ```text
//!   id:  0 ......... BUILTIN_COUNT-1 | BUILTIN_COUNT ........ limit-1
//!        static (names.txt)           | pool entries, in interning order
//! ```

mod hash;

pub use hash::hash_bytes;

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
/// length plus one entry, not an allocation of its own; 128 bytes (eight
/// heap blocks) keeps the unused tail of the newest chunk small.
const CHUNK_BYTES: usize = 128;

/// Memory for string chunks, from the VM's heap.
pub trait ChunkAlloc {
    /// A new chunk of `bytes`, never moved or freed while the pool lives,
    /// as `(reference to keep as a GC root, address)`; `existing` are the
    /// references of the pool's chunks so far, which must survive a
    /// collection this allocation triggers.
    fn alloc_chunk(&mut self, bytes: usize, existing: &[u32]) -> Option<(u32, *mut u8)>;
}

/// One chunk: `len` bytes used of `cap` at `ptr`.
struct Chunk {
    ptr: *mut u8,
    cap: usize,
    len: usize,
}

#[derive(Clone, Copy)]
struct Entry {
    hash: u32,
    chunk: u16,
    offset: u16,
    len: u32,
}

/// The run-time part of the string table.
pub struct QstrPool {
    chunks: Vec<Chunk>,
    /// GC references of heap chunks (roots), or empty when chunks are Rust-owned.
    chunk_refs: Vec<u32>,
    /// Chunks owned by the pool itself (no heap given).
    owned: Vec<Vec<u8>>,
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
            chunk_refs: Vec::new(),
            owned: Vec::new(),
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

    /// The GC references of the chunks taken from a heap: roots.
    pub fn chunk_refs(&self) -> &[u32] {
        &self.chunk_refs
    }

    /// Interns `s`, taking a new chunk from `alloc` when needed.
    pub fn intern_with(&mut self, s: &str, alloc: &mut dyn ChunkAlloc) -> Result<Qstr, QstrError> {
        self.intern_in(s, Some(alloc))
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
        let c = &self.chunks[e.chunk as usize];
        // SAFETY: chunk memory never moves or is freed while the pool lives
        // (owned vectors are never grown; heap chunks are GC roots), and
        // `offset..offset+len` was filled from a `&str` by `store`.
        unsafe {
            let bytes = core::slice::from_raw_parts(c.ptr.add(e.offset as usize), e.len as usize);
            core::str::from_utf8_unchecked(bytes)
        }
    }

    fn store(
        &mut self,
        s: &str,
        alloc: Option<&mut dyn ChunkAlloc>,
    ) -> Result<(u16, u16), QstrError> {
        let fits = self
            .chunks
            .last()
            .is_some_and(|c| c.len + s.len() <= c.cap.min(CHUNK_BYTES));
        if !fits {
            let cap = s.len().max(CHUNK_BYTES);
            self.chunks
                .try_reserve(1)
                .map_err(|_| QstrError::MemoryError)?;
            let ptr = match alloc {
                Some(a) => {
                    self.chunk_refs
                        .try_reserve(1)
                        .map_err(|_| QstrError::MemoryError)?;
                    let (r, ptr) = a
                        .alloc_chunk(cap, &self.chunk_refs)
                        .ok_or(QstrError::MemoryError)?;
                    self.chunk_refs.push(r);
                    ptr
                }
                None => {
                    let mut v = Vec::new();
                    v.try_reserve_exact(cap)
                        .map_err(|_| QstrError::MemoryError)?;
                    v.resize(cap, 0u8);
                    self.owned
                        .try_reserve(1)
                        .map_err(|_| QstrError::MemoryError)?;
                    self.owned.push(v);
                    self.owned
                        .last_mut()
                        .map_or(core::ptr::null_mut(), |v| v.as_mut_ptr())
                }
            };
            self.chunks.push(Chunk { ptr, cap, len: 0 });
        }
        let chunk_index = self.chunks.len() - 1;
        let chunk = &mut self.chunks[chunk_index];
        let offset = chunk.len;
        // SAFETY: `offset + s.len() <= cap` (checked above or a fresh chunk of
        // at least `s.len()`), inside the chunk's memory.
        unsafe { core::ptr::copy_nonoverlapping(s.as_ptr(), chunk.ptr.add(offset), s.len()) };
        chunk.len += s.len();
        // A shared chunk is at most CHUNK_BYTES long; a longer string has a
        // chunk of its own, at offset 0.
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

impl QstrPool {
    fn intern_in(
        &mut self,
        s: &str,
        alloc: Option<&mut dyn ChunkAlloc>,
    ) -> Result<Qstr, QstrError> {
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
        let (chunk, offset) = self.store(s, alloc)?;
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
}

impl Interner for QstrPool {
    fn intern(&mut self, s: &str) -> Result<Qstr, QstrError> {
        self.intern_in(s, None)
    }

    fn get(&self, q: Qstr) -> &str {
        match q.0.checked_sub(BUILTIN_COUNT) {
            None => builtin_str(q.0 as usize),
            Some(i) => self.entries.get(i as usize).map_or("", |&e| self.text(e)),
        }
    }
}

/// Build-time name `id` ("" past the last).
fn builtin_str(id: usize) -> &'static str {
    let start = match id.checked_sub(1) {
        Some(prev) => BUILTIN_END.get(prev).map_or(0, |&e| e as usize),
        None => 0,
    };
    let end = BUILTIN_END.get(id).map_or(start, |&e| e as usize);
    BUILTIN_TEXT.get(start..end).unwrap_or("")
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
        if BUILTIN_HASH[id as usize] == h && builtin_str(id as usize) == s {
            return Some(Qstr(id as u32));
        }
        slot = (slot + 1) & mask;
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use alloc::format;
    use alloc::string::String;

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

    /// Hands out chunks from a fixed buffer, as a heap would, and records
    /// what the pool said its existing chunks were at each request.
    struct FakeHeap {
        mem: Vec<u8>,
        used: usize,
        seen_existing: Vec<usize>,
    }

    impl ChunkAlloc for FakeHeap {
        fn alloc_chunk(&mut self, bytes: usize, existing: &[u32]) -> Option<(u32, *mut u8)> {
            if self.used + bytes > self.mem.len() {
                return None;
            }
            self.seen_existing.push(existing.len());
            let at = self.used;
            self.used += bytes;
            Some((0x1_0000 + at as u32, self.mem[at..].as_mut_ptr()))
        }
    }

    #[test]
    fn chunks_from_a_heap_are_reported_as_roots() {
        let mut heap = FakeHeap {
            mem: alloc::vec![0; 1024],
            used: 0,
            seen_existing: Vec::new(),
        };
        let mut pool = QstrPool::new(1 << 19);
        let names: Vec<String> = (0..40).map(|i| format!("identifier_{i}")).collect();
        let ids: Vec<Qstr> = names
            .iter()
            .map(|n| pool.intern_with(n, &mut heap).unwrap())
            .collect();
        for (n, q) in names.iter().zip(&ids) {
            assert_eq!(pool.get(*q), n);
        }
        // 40 names of ~14 bytes need several 128-byte chunks; each request
        // saw every earlier chunk as a root.
        let chunks = pool.chunk_refs().len();
        assert!(chunks >= 4, "{chunks}");
        assert_eq!(heap.seen_existing, (0..chunks).collect::<Vec<_>>());
        // Out of heap memory: an error, and earlier strings are intact.
        let big = "y".repeat(2000);
        assert_eq!(
            pool.intern_with(&big, &mut heap),
            Err(QstrError::MemoryError)
        );
        assert_eq!(pool.get(ids[0]), "identifier_0");
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
