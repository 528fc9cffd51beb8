//! Stream objects of the `io` module: in-memory `StringIO`/`BytesIO` and
//! files opened through the port (`open()`).
//!
//! ```text
//!   | type ref u32 | flags u32 | pos u32 | len u32 | alloc u32 | data u32 | handle u32 |
//!   memory streams: data = no-scan block of `alloc` bytes, `len` used, `pos` the cursor
//!   files:          handle = the port's file handle; pos/len/alloc/data unused
//! ```
//! 28 bytes, two 16-byte blocks, plus the data block (MicroPython's
//! StringIO is a 16-byte object and a 16-byte vstr plus its data). Positions
//! are byte offsets, as MicroPython's (CPython's StringIO counts characters;
//! the two agree on ASCII text).

use crate::runtime::heap::{Header, ALLOC_DEFAULT, ALLOC_NO_SCAN};
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::{ObjRef, Repr};

/// The stream has been closed: every operation but `close` raises.
pub const FLAG_CLOSED: u32 = 1;
pub const FLAG_READ: u32 = 2;
pub const FLAG_WRITE: u32 = 4;
/// Every write goes to the end (mode `a`).
pub const FLAG_APPEND: u32 = 8;

#[repr(C)]
pub struct IoObj {
    pub header: Header,
    pub flags: u32,
    pub pos: u32,
    pub len: u32,
    pub alloc: u32,
    pub data: u32,
    pub handle: u32,
}

impl<R: Repr> Vm<R> {
    /// A new stream object of type `ty` with no data.
    pub fn new_io(&mut self, ty: TypeId, flags: u32, handle: u32) -> PyResult<R> {
        let r = self.alloc_obj(ty.rom_ref(), core::mem::size_of::<IoObj>(), ALLOC_DEFAULT)?;
        // SAFETY: `r` is a fresh stream object (zeroed by the allocator).
        let o = unsafe { self.obj_mut::<IoObj>(r) };
        o.flags = flags;
        o.handle = handle;
        Ok(R::ptr(r))
    }

    /// Whether `v` is one of the stream types of this file.
    pub fn is_io(&self, v: R) -> bool {
        matches!(
            self.builtin_type_of(v),
            TypeId::StringIO | TypeId::BytesIO | TypeId::TextFile | TypeId::BinaryFile
        ) && !self.is_user_instance(v)
    }

    /// The fields of stream `v` (callers check `is_io`).
    pub fn io(&self, v: R) -> &IoObj {
        // SAFETY: callers pass a stream object.
        unsafe { self.obj::<IoObj>(v.ptr_ref()) }
    }

    pub fn io_mut(&mut self, v: R) -> &mut IoObj {
        // SAFETY: callers pass a stream object (always on the heap).
        unsafe { self.obj_mut::<IoObj>(v.ptr_ref()) }
    }

    /// The used bytes of a memory stream.
    pub fn io_data(&self, v: R) -> &[u8] {
        let o = self.io(v);
        if o.data == 0 {
            return &[];
        }
        // SAFETY: `data` is a block of at least `len` bytes.
        unsafe { core::slice::from_raw_parts(self.ptr::<u8>(ObjRef(o.data)), o.len as usize) }
    }

    /// Writes `bytes` at the cursor of a memory stream (overwriting, and
    /// padding with zeros when the cursor is past the end), moving it on.
    pub fn io_write_bytes(&mut self, v: R, bytes: &[u8]) -> PyResult<()> {
        let (pos, len, alloc, data) = {
            let o = self.io(v);
            (o.pos as usize, o.len as usize, o.alloc as usize, o.data)
        };
        let Some(end) = pos
            .checked_add(bytes.len())
            .filter(|&e| e <= u32::MAX as usize)
        else {
            return Err(self.raise_memory_error());
        };
        if end > alloc {
            let new_alloc = end.max(alloc + alloc / 2).max(16);
            let block = if data == 0 {
                self.alloc_raw(new_alloc, ALLOC_NO_SCAN)?
            } else {
                self.realloc_raw(ObjRef(data), new_alloc)?
            };
            let o = self.io_mut(v);
            o.alloc = new_alloc as u32;
            o.data = block.0;
        }
        let data = self.io(v).data;
        // SAFETY: the block holds at least `end` bytes now.
        let buf = unsafe { core::slice::from_raw_parts_mut(self.ptr::<u8>(ObjRef(data)), end) };
        if pos > len {
            buf[len..pos].fill(0);
        }
        buf[pos..end].copy_from_slice(bytes);
        let o = self.io_mut(v);
        o.pos = end as u32;
        o.len = o.len.max(end as u32);
        Ok(())
    }
}
