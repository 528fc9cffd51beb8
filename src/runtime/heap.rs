//! Allocation and typed access to objects.
//!
//! Every object starts with a header word, the 32-bit reference of its type
//! (a ROM type or a heap class):
//!
//! ```text
//!   offset 0: type ref (u32) | type-specific fields … | value words (R::Word aligned)
//! ```
//!
//! Access goes through `&self` / `&mut self` of the VM, so the borrow checker
//! forbids holding a view of heap memory across an allocation (which takes
//! `&mut self`); the collector never moves objects, so an `ObjRef` itself
//! stays valid for as long as the object is reachable.

use super::rom::{self, Region};
use super::types::TypeId;
use super::{PyResult, Raised, Vm};
use mupy_gc::{AllocFlags, GcRef};
use mupy_reprs::{Immediate, ObjRef, Repr};

/// Objects that may hold references: scanned by the collector.
pub const ALLOC_DEFAULT: AllocFlags = AllocFlags::NONE;
/// Raw bytes (string data, bigint digits): never scanned.
pub const ALLOC_NO_SCAN: AllocFlags = AllocFlags::NO_SCAN;

/// Bytes above an entry point's own local that the stack scan also reads:
/// the rest of its frame (still inside the caller's stack memory).
const STACK_TOP_SLACK: usize = 256;

/// The header every object starts with.
#[repr(C)]
pub struct Header {
    pub type_ref: u32,
}

impl<R: Repr> Vm<R> {
    /// `bytes` of zeroed heap memory; `MemoryError` when the heap is full.
    pub fn alloc_raw(&mut self, bytes: usize, flags: AllocFlags) -> PyResult<ObjRef> {
        let Vm {
            heap, roots, qstrs, ..
        } = self;
        let all = super::interner::AllRoots {
            roots,
            chunks: qstrs.chunk_refs(),
        };
        match heap.alloc(bytes, flags, &all) {
            Ok(r) => Ok(ObjRef(r.0)),
            Err(_) => Err(self.raise_memory_error()),
        }
    }

    /// A new object of `bytes` (header included) whose header names `ty`.
    pub fn alloc_obj(&mut self, ty: ObjRef, bytes: usize, flags: AllocFlags) -> PyResult<ObjRef> {
        let r = self.alloc_raw(bytes, flags)?;
        // SAFETY: `r` was just allocated with at least `bytes` >= 4 bytes,
        // block aligned; the header is its first word.
        unsafe { (*self.ptr::<Header>(r)).type_ref = ty.0 };
        Ok(r)
    }

    /// Grows or shrinks an allocation (contents kept; may move).
    pub fn realloc_raw(&mut self, r: ObjRef, bytes: usize) -> PyResult<ObjRef> {
        let Vm {
            heap, roots, qstrs, ..
        } = self;
        let all = super::interner::AllRoots {
            roots,
            chunks: qstrs.chunk_refs(),
        };
        match heap.realloc(GcRef(r.0), bytes, &all) {
            Ok(n) => Ok(ObjRef(n.0)),
            Err(_) => Err(self.raise_memory_error()),
        }
    }

    /// The address of an object, heap or ROM, as a `*mut T`.
    ///
    /// # Safety
    /// `r` must reference a live object whose layout starts with a `T`; ROM
    /// objects must not be written through the result.
    #[inline(always)]
    pub unsafe fn ptr<T>(&self, r: ObjRef) -> *mut T {
        if rom::is_rom(r) {
            super::rom_objects::address(r) as *mut T
        } else {
            self.heap.ptr(GcRef(r.0)) as *mut T
        }
    }

    /// A shared view of an object.
    ///
    /// # Safety
    /// As [`Vm::ptr`]: `r` is live and its layout starts with a `T`.
    #[inline(always)]
    pub unsafe fn obj<T>(&self, r: ObjRef) -> &T {
        // SAFETY: the caller guarantees `r` holds a `T`; the borrow of `self`
        // keeps allocation (which takes `&mut self`) from running meanwhile.
        unsafe { &*self.ptr::<T>(r) }
    }

    /// A mutable view of a heap object.
    ///
    /// # Safety
    /// As [`Vm::ptr`], and `r` is a heap (not ROM) object.
    #[inline(always)]
    pub unsafe fn obj_mut<T>(&mut self, r: ObjRef) -> &mut T {
        // SAFETY: the caller guarantees `r` is a heap `T`; `&mut self` makes
        // this the only live view into the heap.
        unsafe { &mut *self.ptr::<T>(r) }
    }

    /// The type reference of a pointer value (its header word, or the type
    /// of a ROM object implied by its table).
    #[inline]
    pub fn type_ref_of_ptr(&self, r: ObjRef) -> ObjRef {
        match rom::decode(r) {
            None => {
                // SAFETY: every heap object the VM hands out starts with a Header.
                ObjRef(unsafe { self.obj::<Header>(r) }.type_ref)
            }
            Some((Region::Type, _)) => TypeId::Type.rom_ref(),
            Some((Region::Native, _)) => TypeId::NativeFunction.rom_ref(),
            Some((Region::Module, _)) => TypeId::Module.rom_ref(),
            Some((Region::Const, _)) => {
                // SAFETY: ROM constant objects start with a Header too.
                ObjRef(unsafe { self.obj::<Header>(r) }.type_ref)
            }
        }
    }

    /// The type of any value, as a type reference (ROM type or heap class).
    #[inline]
    pub fn type_ref_of(&self, v: R) -> ObjRef {
        if v.is_small_int() {
            TypeId::Int.rom_ref()
        } else if v.is_qstr() {
            TypeId::Str.rom_ref()
        } else if v.is_ptr() {
            self.type_ref_of_ptr(v.ptr_ref())
        } else if v.is_float() {
            TypeId::Float.rom_ref()
        } else {
            match v.as_immediate() {
                Some(Immediate::True) | Some(Immediate::False) => TypeId::Bool.rom_ref(),
                Some(Immediate::Ellipsis) => TypeId::Ellipsis.rom_ref(),
                Some(Immediate::NotImplemented) => TypeId::NotImplementedType.rom_ref(),
                _ => TypeId::NoneType.rom_ref(),
            }
        }
    }

    /// The builtin type of a value: its own type if builtin, else the
    /// builtin type its class derives from (`Object` for plain classes).
    #[inline]
    pub fn builtin_type_of(&self, v: R) -> TypeId {
        let t = self.type_ref_of(v);
        match rom::decode(t) {
            Some((Region::Type, i)) => match TypeId::from_index(i) {
                Some(TypeId::OrderedDict) => TypeId::Dict,
                Some(id) => id,
                None => TypeId::Object,
            },
            _ => self.class_native_base(t),
        }
    }

    /// Whether `v` is an object whose builtin type is exactly `ty`
    /// (not a subclass instance).
    #[inline(always)]
    pub fn is_exact(&self, v: R, ty: TypeId) -> bool {
        v.is_ptr() && self.type_ref_of_ptr(v.ptr_ref()) == ty.rom_ref()
    }

    /// Records the calling frame as the top of the native stack the
    /// collector scans (conservatively, for references held in Rust locals),
    /// unless an outer entry already recorded a higher one. Every entry point
    /// that runs Python (`exec_source`, the REPL, a port's call) calls it.
    #[inline(always)]
    pub fn note_stack_top(&mut self) {
        let probe = 0u8;
        // The probe sits in the caller's frame (this function is inlined);
        // a little slack above it covers the rest of that frame.
        let here = core::ptr::addr_of!(probe) as usize + STACK_TOP_SLACK;
        if here > self.heap.stack_top() {
            self.heap.set_stack_top(here);
        }
    }

    /// Keeps `v` alive in the traced temporaries; `MemoryError` if the
    /// temporaries cannot grow.
    pub fn temps_push(&mut self, v: R) -> PyResult<()> {
        if self.roots.temps.try_reserve(1).is_err() {
            return Err(self.raise_memory_error());
        }
        self.roots.temps.push(v);
        Ok(())
    }

    /// A tuple of the temporaries from `base` on, which are then dropped.
    pub fn temps_to_tuple(&mut self, base: usize) -> PyResult<R> {
        let items: alloc::vec::Vec<R> = self.roots.temps[base..].into();
        // The temporaries stay rooted while the tuple is allocated.
        let t = self.new_tuple(&items);
        self.roots.temps.truncate(base);
        t
    }

    /// Raises the pre-allocated `MemoryError`.
    pub fn raise_memory_error(&mut self) -> Raised {
        self.roots.exception = self.roots.memory_error;
        Raised
    }
}
