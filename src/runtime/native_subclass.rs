//! Instances of user classes deriving from a builtin type with a heap
//! layout of its own (`list`, `dict`, `set`, `frozenset`, `tuple`, `str`).
//!
//! Such an instance *is* a fresh builtin object whose header names the
//! class instead of the builtin type, so it costs no more RAM than the
//! builtin object and every operation that dispatches on
//! `builtin_type_of` treats it as its base, while attribute lookup starts
//! at the class (its own methods and special methods first). The object is
//! always new: a builtin constructor may hand back its argument (`tuple(t)`)
//! or a ROM constant (`()`, `''`), whose header must not change.
//!
//! Behind the builtin object's own data sits an attribute map (12 bytes,
//! as in a plain instance), so instances take attributes as any other:
//!
//! ```text
//!   list, dict, set:  | builtin head (fixed size) | attribute map |
//!   tuple:            | type ref | len | items …   | attribute map |
//!   str:              | type ref | hash | len | text … pad to 4 | attribute map |
//! ```
//! Classes whose instances have this layout carry `NATIVE_ATTRS`; a
//! namedtuple's instances (plain tuples made by its `__new__`) do not.
//!
//! Mutable containers (`list`, `dict`, `set`) are filled by `__init__` in
//! CPython, so when the class defines its own `__init__` the object starts
//! empty and that `__init__` decides (through `super().__init__(…)`);
//! immutable ones are built from the call's arguments by `__new__`.

use crate::objects::class::{ClassObj, NATIVE_ATTRS};
use crate::objects::dict::DictObj;
use crate::objects::list::ListObj;
use crate::objects::map::{Map, MapRef};
use crate::objects::str::StrHead;
use crate::runtime::heap::{Header, ALLOC_DEFAULT};
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::{ObjRef, Repr};

const MAP_BYTES: usize = core::mem::size_of::<Map>();
const TUPLE_HEAD: usize = 8;

/// The builtin types a class may derive from with this layout.
pub fn has_native_layout(t: TypeId) -> bool {
    matches!(
        t,
        TypeId::List | TypeId::Dict | TypeId::Set | TypeId::FrozenSet | TypeId::Tuple | TypeId::Str
    )
}

impl<R: Repr> Vm<R> {
    /// A new instance of class `cls` whose builtin base is `native` (one of
    /// [`has_native_layout`]), built from the call's arguments.
    pub fn new_native_instance(
        &mut self,
        cls: ObjRef,
        native: TypeId,
        args: &[R],
        kwargs: &[R],
        own_init: bool,
    ) -> PyResult<R> {
        let mutable = matches!(native, TypeId::List | TypeId::Dict | TypeId::Set);
        let (a, k) = if mutable && own_init {
            (&[][..], &[][..])
        } else {
            (args, kwargs)
        };
        let obj = if native == TypeId::Str {
            let s = crate::builtins::types::call_type(self, native, a, k)?;
            self.fresh_str(s)?
        } else if native == TypeId::Tuple {
            if !k.is_empty() {
                return Err(self.type_error("tuple() takes no keyword arguments"));
            }
            let t = crate::builtins::types::call_type(self, native, a, &[])?;
            self.fresh_tuple(t)?
        } else {
            // list, dict, set and frozenset constructors always allocate,
            // a fixed-size head; it grows by the attribute map.
            let o = crate::builtins::types::call_type(self, native, a, k)?;
            let head = fixed_head(native);
            let r = self.realloc_raw(o.ptr_ref(), head + MAP_BYTES)?;
            // SAFETY: `r` now holds `head + MAP_BYTES` bytes; the map
            // after the head is cleared to the empty map.
            unsafe { core::ptr::write_bytes(self.ptr::<u8>(r).add(head), 0, MAP_BYTES) };
            R::ptr(r)
        };
        // SAFETY: `obj` is a fresh heap object of the builtin type `native`;
        // its header is its type, which the class's layout shares.
        unsafe { (*self.ptr::<Header>(obj.ptr_ref())).type_ref = cls.0 };
        Ok(obj)
    }

    /// A new heap tuple with the items of tuple `t`.
    fn fresh_tuple(&mut self, t: R) -> PyResult<R> {
        let n = self.tuple_items(t.ptr_ref()).len();
        let Some(bytes) = n
            .checked_mul(R::WORD_BYTES)
            .and_then(|b| b.checked_add(TUPLE_HEAD + MAP_BYTES))
        else {
            return Err(self.raise_memory_error());
        };
        // Zeroed: the attribute map starts empty.
        let r = self.alloc_obj(TypeId::Tuple.rom_ref(), bytes, ALLOC_DEFAULT)?;
        // SAFETY: `r` is a fresh tuple allocation with room for `n` items.
        unsafe { self.obj_mut::<crate::objects::tuple::TupleHead>(r) }.len = n as u32;
        for i in 0..n {
            let x = self.tuple_items(t.ptr_ref())[i];
            self.tuple_items_mut(r)[i] = x;
        }
        Ok(R::ptr(r))
    }

    /// A new heap str with the text of str `s` (a qstr or a heap str).
    fn fresh_str(&mut self, s: R) -> PyResult<R> {
        let n = self.str_text(s).map_or(0, |t| t.len());
        let head = core::mem::size_of::<StrHead>();
        // Scanned, unlike a plain str: the header will name a heap class,
        // which the instance must keep alive.
        let Some(bytes) = align4(head + n).checked_add(MAP_BYTES) else {
            return Err(self.raise_memory_error());
        };
        let r = self.alloc_obj(TypeId::Str.rom_ref(), bytes, ALLOC_DEFAULT)?;
        let src = self.str_text(s).unwrap_or("").as_ptr();
        // SAFETY: `r` is a fresh allocation of a str head and `n` bytes;
        // `src` is the `n` bytes of another (live, unmoving) str's text.
        unsafe {
            (*self.ptr::<StrHead>(r)).len = n as u32;
            let dst = (self.ptr::<u8>(r)).add(head);
            core::ptr::copy_nonoverlapping(src, dst, n);
        }
        Ok(R::ptr(r))
    }

    /// Whether `v` is an instance of a class deriving from `str`.
    #[inline]
    pub fn is_str_subclass_instance(&self, v: R) -> bool {
        v.is_ptr()
            && !crate::runtime::rom::is_rom(v.ptr_ref())
            && !crate::runtime::rom::is_rom(self.type_ref_of_ptr(v.ptr_ref()))
            && self.class_native_base(self.type_ref_of_ptr(v.ptr_ref())) == TypeId::Str
    }

    /// The attribute map of a native-layout instance `obj` (a user
    /// instance), or `None` when its class's instances have none.
    pub fn native_attr_map(&self, obj: R) -> Option<MapRef> {
        let cls = self.type_ref_of_ptr(obj.ptr_ref());
        // SAFETY: the type of a user instance is a heap class.
        let c = unsafe { self.obj::<ClassObj<R>>(cls) };
        if c.flags & NATIVE_ATTRS == 0 {
            return None;
        }
        let native = TypeId::from_index(c.native_base as u32)?;
        let r = obj.ptr_ref();
        let offset = match native {
            TypeId::Tuple => TUPLE_HEAD + self.tuple_items(r).len() * R::WORD_BYTES,
            TypeId::Str => {
                // SAFETY: a str-layout object starts with a str head.
                let n = unsafe { self.obj::<StrHead>(r) }.len as usize;
                align4(core::mem::size_of::<StrHead>() + n)
            }
            t if has_native_layout(t) => fixed_head(t),
            _ => return None,
        };
        Some(MapRef {
            owner: r,
            offset: offset as u32,
        })
    }
}

/// Size of the fixed head of a list, dict, set or frozenset.
fn fixed_head(t: TypeId) -> usize {
    if t == TypeId::List {
        core::mem::size_of::<ListObj>()
    } else {
        core::mem::size_of::<DictObj>()
    }
}

fn align4(n: usize) -> usize {
    (n + 3) & !3
}

impl<R: Repr> Vm<R> {
    /// Whether user instance `v` derives from a builtin type other than
    /// `object` and the exceptions, so builtin operations apply to it.
    pub fn has_native_base(&self, v: R) -> bool {
        let t = self.builtin_type_of(v);
        t != TypeId::Object && !t.is_exception()
    }
}

impl<R: Repr> Vm<R> {
    /// Whether `v` is an object whose builtin type is `ty`, directly or
    /// through a user subclass.
    #[inline]
    pub fn is_seq(&self, v: R, ty: TypeId) -> bool {
        v.is_ptr() && self.builtin_type_of(v) == ty
    }
}

/// Whether a class may derive from builtin type `t` (CPython refuses the
/// same ones: their instances are made only by the runtime).
pub fn is_acceptable_base(t: TypeId) -> bool {
    !matches!(
        t,
        TypeId::Bool
            | TypeId::NoneType
            | TypeId::Function
            | TypeId::Closure
            | TypeId::BoundMethod
            | TypeId::NativeFunction
            | TypeId::Generator
            | TypeId::Coroutine
            | TypeId::Range
            | TypeId::Slice
            | TypeId::MemoryView
            | TypeId::Ellipsis
            | TypeId::NotImplementedType
            | TypeId::Cell
            | TypeId::RawCode
            | TypeId::Module
    )
}
