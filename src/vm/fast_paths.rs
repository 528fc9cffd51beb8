//! The interpreter's common cases, taken before the general machinery:
//!
//! - a call of a plain Python function (positional arguments only, exactly
//!   as many as it has parameters, no defaults needed, no `*args`/`**kw`,
//!   no keyword-only parameters, no cells, not a generator): the frame is
//!   pushed and the arguments copied into its locals directly, which is
//!   what `bind_args` would do after many more tests;
//! - a binary operator on two small ints whose result is again a small int
//!   (or a bool);
//! - a global found in a small globals dict by word equality;
//! - builtin methods of lists, dicts and strs, from their type's table;
//! - attribute loads, method loads and stores on instances of user classes
//!   that derive from `object` alone: the instance's own map searched by
//!   word equality, then the class attribute cache (`type_cache`), with
//!   the same precedence as `find_attr`/`store_attr` (instance map first
//!   on loads; `__setattr__` hooks and properties left to the general path
//!   on stores).
//!
//! Each returns `None` when its case does not apply, and the caller takes
//! the general path, which also raises every error (stack overflow
//! included): a fast path raises nothing but the `MemoryError` of a store
//! that grows an instance's map, as the general path would.

use super::frame::*;
use crate::objects::class::{ClassObj, HAS_SETATTR};
use crate::objects::code::{FLAG_ASYNC, FLAG_GENERATOR, FLAG_VARARGS, FLAG_VARKEYWORDS};
use crate::objects::function::FunctionObj;
use crate::qstr::{names, Qstr};
use crate::runtime::heap::Header;
use crate::runtime::rom::{self, Region};
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_emitters::ops::BinaryOp;
use mupy_reprs::{ObjRef, Repr};

/// Scope flags that need the general binder (or a generator object).
const SLOW_SCOPE: u8 = FLAG_GENERATOR | FLAG_VARARGS | FLAG_VARKEYWORDS | FLAG_ASYNC;

impl<R: Repr> Vm<R> {
    /// Pushes a frame for `fun(*args)` when `fun` is a plain function whose
    /// parameters `args` fill exactly; `None` otherwise (nothing changed).
    #[inline]
    pub(crate) fn push_simple_frame(&mut self, fun: R, args: &[R]) -> Option<*mut R> {
        if !fun.is_ptr() {
            return None;
        }
        let r = fun.ptr_ref();
        if rom::is_rom(r) {
            return None;
        }
        // SAFETY: a non-ROM pointer value is a live heap object, which
        // starts with its header.
        if unsafe { self.obj::<Header>(r) }.type_ref != TypeId::Function.rom_ref().0 {
            return None;
        }
        // SAFETY: the header says `r` is a function.
        let code = ObjRef(unsafe { self.obj::<FunctionObj>(r) }.code);
        let c = self.code(code);
        let n_state = c.n_state as usize;
        let n = args.len();
        if c.scope_flags & SLOW_SCOPE != 0
            || c.n_kwonly_args != 0
            || c.n_pos_args as usize != n
            || c.cells != c.code_start
            || n > n_state
        {
            return None;
        }
        let start = c.code_start as i64;
        let fp = self.reserve_frame(frame_words(c))?;
        // SAFETY: the reserved frame's header and `n_state` state words at
        // `fp` are ours; `n <= n_state`.
        unsafe {
            write_fresh_header(fp, fun, start);
            let state = fp.add(HEADER_WORDS);
            // Locals count down from the top of the state (local i is
            // state[n_state - 1 - i]): the parameters take the top `n`
            // words, the rest (other locals, operand stack) reads unbound.
            for i in 0..n_state - n {
                *state.add(i) = R::null();
            }
            for (i, &a) in args.iter().enumerate() {
                *state.add(n_state - 1 - i) = a;
            }
        }
        Some(fp)
    }

    /// The class of `obj` when it is an instance of a heap class whose
    /// only builtin base is `object` (its attributes live in its map).
    #[inline(always)]
    fn plain_instance_class(&self, obj: R) -> Option<ObjRef> {
        if !obj.is_ptr() {
            return None;
        }
        let r = obj.ptr_ref();
        if rom::is_rom(r) {
            return None;
        }
        // SAFETY: a non-ROM pointer value is a live heap object.
        let t = ObjRef(unsafe { self.obj::<Header>(r) }.type_ref);
        if rom::is_rom(t) {
            return None;
        }
        // SAFETY: a heap object's type is a ROM type or a heap class.
        let c = unsafe { self.obj::<ClassObj<R>>(t) };
        (c.native_base == TypeId::Object as u16).then_some(t)
    }

    /// What the class attribute cache holds for `(t, q)`: `Some(null)` for
    /// a cached "absent", `None` when not cached.
    #[inline(always)]
    fn cached_class_attr(&mut self, t: ObjRef, q: Qstr) -> Option<R> {
        let epoch = self.heap.collections();
        self.type_cache.get(t, q, epoch)
    }

    /// Whether `v` is a heap function or closure (a method to bind).
    #[inline(always)]
    fn is_plain_function(&self, v: R) -> bool {
        if !v.is_ptr() || rom::is_rom(v.ptr_ref()) {
            return false;
        }
        // SAFETY: a non-ROM pointer value is a live heap object.
        let t = unsafe { self.obj::<Header>(v.ptr_ref()) }.type_ref;
        t == TypeId::Function.rom_ref().0 || t == TypeId::Closure.rom_ref().0
    }

    /// LOAD_GLOBAL of a name bound in a small globals dict.
    #[inline(always)]
    pub(crate) fn fast_load_global(&self, globals: R, q: Qstr) -> Option<R> {
        self.map_get_qstr(self.dict_map(globals), R::qstr(q.0))?
    }

    /// LOAD_ATTR of an attribute stored in a plain instance.
    #[inline]
    pub(crate) fn fast_load_attr(&self, obj: R, q: Qstr) -> Option<R> {
        if q == names::__class__ {
            return None;
        }
        self.plain_instance_class(obj)?;
        self.map_get_qstr(self.instance_map(obj.ptr_ref()), R::qstr(q.0))?
    }

    /// LOAD_METHOD on a plain instance: its own attribute, or a function
    /// of its class bound to it, as `(method, self)`.
    #[inline]
    pub(crate) fn fast_load_method(&mut self, obj: R, q: Qstr) -> Option<(R, R)> {
        if q == names::__class__ {
            return None;
        }
        let t = self.plain_instance_class(obj)?;
        let key = R::qstr(q.0);
        if let Some(v) = self.map_get_qstr(self.instance_map(obj.ptr_ref()), key)? {
            return Some((v, R::null()));
        }
        let m = self.cached_class_attr(t, q)?;
        self.is_plain_function(m).then_some((m, obj))
    }

    /// LOAD_METHOD of a builtin method on an exact list, dict or str:
    /// `(method, self)` straight from the type's ROM attribute table
    /// (these types have no data fields that `find_attr` would try first).
    #[inline]
    pub(crate) fn fast_builtin_method(&self, obj: R, q: Qstr) -> Option<(R, R)> {
        let ty = if obj.is_qstr() {
            TypeId::Str
        } else if obj.is_ptr() {
            let t = self.type_ref_of_ptr(obj.ptr_ref());
            if t == TypeId::List.rom_ref() {
                TypeId::List
            } else if t == TypeId::Dict.rom_ref() {
                TypeId::Dict
            } else if t == TypeId::Str.rom_ref() {
                TypeId::Str
            } else {
                return None;
            }
        } else {
            return None;
        };
        if q == names::__class__ || q == names::__name__ {
            return None;
        }
        let m: R = ty.info().lookup(q)?.to_value()?;
        let native = m.is_ptr() && matches!(rom::decode(m.ptr_ref()), Some((Region::Native, _)));
        native.then_some((m, obj))
    }

    /// STORE_ATTR of a value on a plain instance whose class has no
    /// `__setattr__` and no property of that name.
    #[inline]
    pub(crate) fn fast_store_attr(&mut self, obj: R, q: Qstr, v: R) -> Option<PyResult<()>> {
        if v.is_null() {
            return None;
        }
        let t = self.plain_instance_class(obj)?;
        // SAFETY: `t` is a heap class.
        if unsafe { self.obj::<ClassObj<R>>(t) }.flags & HAS_SETATTR != 0 {
            return None;
        }
        let c = self.cached_class_attr(t, q)?;
        if c.is_ptr() && self.type_ref_of_ptr(c.ptr_ref()) == TypeId::Property.rom_ref() {
            return None;
        }
        let (m, key) = (self.instance_map(obj.ptr_ref()), R::qstr(q.0));
        if self.map_replace_qstr(m, key, v) {
            return Some(Ok(()));
        }
        Some(self.map_set(m, key, v))
    }

    /// STORE_NAME/STORE_GLOBAL of a name already bound in a small dict.
    #[inline(always)]
    pub(crate) fn fast_store_name(&mut self, dict: R, q: Qstr, v: R) -> bool {
        self.map_replace_qstr(self.dict_map(dict), R::qstr(q.0), v)
    }
}

/// `a op b` for two small ints, when the result needs no allocation;
/// `op` is the operator's bytecode number.
#[inline(always)]
pub(crate) fn small_int_binary<R: Repr>(op: u8, a: R, b: R) -> Option<R> {
    if !(a.is_small_int() && b.is_small_int()) {
        return None;
    }
    let (x, y) = (a.small_int_value(), b.small_int_value());
    // Small ints have at most 63 bits, so sums and differences fit an i64.
    const ADD: u8 = BinaryOp::Add as u8;
    const IADD: u8 = BinaryOp::InplaceAdd as u8;
    const SUB: u8 = BinaryOp::Subtract as u8;
    const ISUB: u8 = BinaryOp::InplaceSubtract as u8;
    const MUL: u8 = BinaryOp::Multiply as u8;
    const IMUL: u8 = BinaryOp::InplaceMultiply as u8;
    const LT: u8 = BinaryOp::Less as u8;
    const GT: u8 = BinaryOp::More as u8;
    const LE: u8 = BinaryOp::LessEqual as u8;
    const GE: u8 = BinaryOp::MoreEqual as u8;
    const EQ: u8 = BinaryOp::Equal as u8;
    const NE: u8 = BinaryOp::NotEqual as u8;
    const IS: u8 = BinaryOp::Is as u8;
    const AND: u8 = BinaryOp::And as u8;
    const IAND: u8 = BinaryOp::InplaceAnd as u8;
    const OR: u8 = BinaryOp::Or as u8;
    const IOR: u8 = BinaryOp::InplaceOr as u8;
    const XOR: u8 = BinaryOp::Xor as u8;
    const IXOR: u8 = BinaryOp::InplaceXor as u8;
    let r = match op {
        ADD | IADD => x + y,
        SUB | ISUB => x - y,
        MUL | IMUL => x.checked_mul(y)?,
        AND | IAND => x & y,
        OR | IOR => x | y,
        XOR | IXOR => x ^ y,
        LT => return Some(R::bool(x < y)),
        GT => return Some(R::bool(x > y)),
        LE => return Some(R::bool(x <= y)),
        GE => return Some(R::bool(x >= y)),
        EQ | IS => return Some(R::bool(x == y)),
        NE => return Some(R::bool(x != y)),
        _ => return None,
    };
    R::small_int(r)
}
