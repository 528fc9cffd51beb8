//! The `builtins` module: a ROM table of names (functions, types,
//! exception classes) consulted after a module's globals, and the builtin
//! functions themselves. Type constructors are in `types.rs`, methods of
//! builtin types in one file per type.

pub mod array_ops;
pub mod arrays;
pub mod bytes;
pub mod bytesfmt;
pub mod deques;
pub mod descrs;
pub mod dicts;
pub mod excs;
pub mod ext;
pub mod fields;
pub mod floats;
pub mod funcs;
pub mod gens;
pub mod hashes;
pub mod ints;
pub mod io;
pub mod iters;
pub mod lists;
pub mod objects;
pub mod operators;
#[cfg(feature = "mod-collections")]
pub mod ordereddicts;
pub mod reprs;
pub mod seqs;
pub mod sets;
pub mod str_search;
pub mod str_split;
pub mod strfmt;
pub mod strings;
pub mod text;
pub mod types;
pub mod unicase;
mod unicase_tables;

use crate::natives;
use crate::qstr::{names, Qstr};
use crate::runtime::natives::{area, VARARGS};
use crate::runtime::value::RomValue;
use crate::runtime::{PyResult, TypeId, Vm};
use alloc::string::String;
use mupy_reprs::Repr;

natives! { area::BUILTINS;
    PRINT print(0, VARARGS, kw) => builtin_print;
    LEN len(1, 1) => builtin_len;
    REPR repr(1, 1) => builtin_repr;
    ISINSTANCE isinstance(2, 2) => builtin_isinstance;
    ISSUBCLASS issubclass(2, 2) => builtin_issubclass;
    ABS abs(1, 1) => builtin_abs;
    MIN min(1, VARARGS, kw) => builtin_min;
    MAX max(1, VARARGS, kw) => builtin_max;
    SUM sum(1, 2) => builtin_sum;
    ITER iter(1, 2) => builtin_iter;
    NEXT next(1, 2) => builtin_next;
    SORTED sorted(1, 1, kw) => builtin_sorted;
    HASATTR hasattr(2, 2) => builtin_hasattr;
    GETATTR getattr(2, 3) => builtin_getattr;
    SETATTR setattr(3, 3) => builtin_setattr;
    BUILD_CLASS __build_class__(2, VARARGS, kw) => types::build_class;
    IMPORT __import__(1, 5) => builtin_import;
    CALLABLE callable(1, 1) => builtin_callable;
    ID id(1, 1) => builtin_id;
    HASH hash(1, 1) => builtin_hash;
    ALL all(1, 1) => builtin_all;
    ANY any(1, 1) => builtin_any;
    CHR chr(1, 1) => builtin_chr;
    ORD ord(1, 1) => builtin_ord;
    DIVMOD divmod(2, 2) => builtin_divmod;
    REPL_PRINT __repl_print__(1, 1) => builtin_repl_print;
}

/// Names of the `builtins` module.
static BUILTINS: &[(Qstr, RomValue)] = &[
    (names::print, rv(Idx::PRINT)),
    (names::len, rv(Idx::LEN)),
    (names::repr, rv(Idx::REPR)),
    (names::__repl_print__, rv(Idx::REPL_PRINT)),
    (names::isinstance, rv(Idx::ISINSTANCE)),
    (names::issubclass, rv(Idx::ISSUBCLASS)),
    (names::abs, rv(Idx::ABS)),
    (names::min, rv(Idx::MIN)),
    (names::max, rv(Idx::MAX)),
    (names::sum, rv(Idx::SUM)),
    (names::iter, rv(Idx::ITER)),
    (names::next, rv(Idx::NEXT)),
    (names::sorted, rv(Idx::SORTED)),
    (names::hasattr, rv(Idx::HASATTR)),
    (names::getattr, rv(Idx::GETATTR)),
    (names::setattr, rv(Idx::SETATTR)),
    (names::__build_class__, rv(Idx::BUILD_CLASS)),
    (names::__import__, rv(Idx::IMPORT)),
    (names::callable, rv(Idx::CALLABLE)),
    (names::id, rv(Idx::ID)),
    (names::hash, rv(Idx::HASH)),
    (names::all, rv(Idx::ALL)),
    (names::any, rv(Idx::ANY)),
    (names::chr, rv(Idx::CHR)),
    (names::ord, rv(Idx::ORD)),
    (names::divmod, rv(Idx::DIVMOD)),
];

/// A builtin name: a function above, or a builtin type / exception class.
pub fn lookup(q: Qstr) -> Option<RomValue> {
    if let Some(&(_, v)) = BUILTINS.iter().find(|&&(n, _)| n == q) {
        return Some(v);
    }
    if let Some(&(_, v)) = funcs::BUILTINS.iter().find(|&&(n, _)| n == q) {
        return Some(v);
    }
    if q == names::__debug__ {
        // No `-O` yet: assertions always run.
        return Some(RomValue::Bool(true));
    }
    #[cfg(feature = "mod-io")]
    if q == names::open {
        return Some(io::OPEN);
    }
    types::type_by_name(q).map(|t| RomValue::Obj(t.rom_ref()))
}

/// The value LOAD_BUILD_CLASS pushes.
pub fn build_class_value<R: Repr>() -> R {
    R::ptr(match rv(Idx::BUILD_CLASS) {
        RomValue::Obj(r) => r,
        _ => TypeId::Object.rom_ref(),
    })
}

/// An attribute of a builtin (ROM) module; none are defined here yet.
pub fn module_attr(_module: u32, _name: Qstr) -> Option<RomValue> {
    None
}

/// Looks a keyword argument up in flat `(name, value)` pairs.
pub fn kwarg<R: Repr>(kwargs: &[R], name: Qstr) -> Option<R> {
    kwargs
        .chunks_exact(2)
        .find(|p| p[0] == R::qstr(name.0))
        .map(|p| p[1])
}

fn builtin_print<R: Repr>(vm: &mut Vm<R>, args: &[R], kwargs: &[R]) -> PyResult<R> {
    let mut out = String::new();
    let sep = kwarg(kwargs, names::sep).filter(|v| !v.is_none());
    let end = kwarg(kwargs, names::end).filter(|v| !v.is_none());
    for (i, &a) in args.iter().enumerate() {
        if i > 0 {
            match sep {
                Some(s) => vm.write_str(&mut out, s)?,
                None => out.push(' '),
            }
        }
        vm.write_str(&mut out, a)?;
    }
    match end {
        Some(e) => vm.write_str(&mut out, e)?,
        None => out.push('\n'),
    }
    if let Some(file) = kwarg(kwargs, names::file).filter(|v| !v.is_none()) {
        let text = vm.new_str(&out)?;
        vm.call_method(file, names::write, &[text])?;
        return Ok(R::none());
    }
    vm.port
        .write(crate::runtime::port::Stream::Stdout, out.as_bytes());
    Ok(R::none())
}

/// `len(v)`.
pub fn len_of<R: Repr>(vm: &mut Vm<R>, v: R) -> PyResult<usize> {
    if let Some(s) = vm.str_text(v) {
        return Ok(s.chars().count());
    }
    if vm.is_user_instance(v) {
        if let Some(r) = vm.call_special(v, names::__len__, &[])? {
            let n = vm.index_of(r)?;
            if n < 0 {
                return Err(vm.value_error("__len__() should return >= 0"));
            }
            return Ok(n as usize);
        }
    }
    // Builtin types, and user subclasses of them without `__len__`.
    {
        match vm.builtin_type_of(v) {
            TypeId::List | TypeId::Tuple => return Ok(vm.seq_len(v)),
            TypeId::Dict | TypeId::Set | TypeId::FrozenSet => return Ok(vm.dict_len(v)),
            TypeId::Range => {
                let (a, b, c) = vm.range_parts(v);
                return Ok(crate::objects::range::range_len(a, b, c) as usize);
            }
            _ => {
                if let Some(n) = operators::len(vm, v) {
                    return Ok(n);
                }
            }
        }
    }
    let t = vm.type_name(v);
    Err(crate::raise!(
        vm,
        TypeError,
        "object of type '{}' has no len()",
        t
    ))
}

fn builtin_len<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let n = len_of(vm, args[0])?;
    vm.new_int(n as i64)
}

/// The REPL's display of an expression statement: the value's repr and a
/// newline, nothing for `None` (MicroPython's `__repl_print__`).
fn builtin_repl_print<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let v = args[0];
    if !v.is_none() {
        let mut s = String::new();
        vm.write_repr(&mut s, v)?;
        s.push('\n');
        vm.port
            .write(crate::runtime::port::Stream::Stdout, s.as_bytes());
    }
    Ok(R::none())
}

fn builtin_repr<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    vm.to_repr_value(args[0])
}

fn class_check<R: Repr>(vm: &mut Vm<R>, a: R, cls: R, f: fn(&Vm<R>, R, R) -> bool) -> PyResult<R> {
    if vm.is_exact(cls, TypeId::Tuple) {
        let n = vm.tuple_items(cls.ptr_ref()).len();
        for i in 0..n {
            let c = vm.tuple_items(cls.ptr_ref())[i];
            // Tuples nest: `isinstance(x, (a, (b, c)))`.
            if class_check(vm, a, c, f)? == R::bool(true) {
                return Ok(R::bool(true));
            }
        }
        return Ok(R::bool(false));
    }
    if !vm.is_class_value(cls) {
        return Err(
            vm.type_error("isinstance() arg 2 must be a type, a tuple of types, or a union")
        );
    }
    Ok(R::bool(f(vm, a, cls)))
}

fn builtin_isinstance<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    class_check(vm, args[0], args[1], |vm, a, c| vm.isinstance(a, c))
}

fn builtin_issubclass<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    if !vm.is_class_value(args[0]) {
        return Err(vm.type_error("issubclass() arg 1 must be a class"));
    }
    class_check(vm, args[0], args[1], |vm, a, c| vm.issubclass(a, c))
}

fn builtin_abs<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    vm.unary_op(mupy_emitters::ops::UnaryOp::Abs, args[0])
}

fn min_max<R: Repr>(
    vm: &mut Vm<R>,
    args: &[R],
    kwargs: &[R],
    want: core::cmp::Ordering,
    name: &str,
) -> PyResult<R> {
    let key = kwarg(kwargs, names::key).filter(|k| !k.is_none());
    let default = kwarg(kwargs, names::default);
    let items = if args.len() == 1 {
        vm.sequence_to_tuple(args[0])?
    } else {
        vm.new_tuple(args)?
    };
    let n = vm.tuple_items(items.ptr_ref()).len();
    if n == 0 {
        return match default {
            Some(d) => Ok(d),
            None => Err(crate::raise!(
                vm,
                ValueError,
                "{}() arg is an empty sequence",
                name
            )),
        };
    }
    let mut best = vm.tuple_items(items.ptr_ref())[0];
    let mut best_key = match key {
        Some(k) => vm.call(k, &[best], &[])?,
        None => best,
    };
    for i in 1..n {
        let x = vm.tuple_items(items.ptr_ref())[i];
        let kx = match key {
            Some(k) => vm.call(k, &[x], &[])?,
            None => x,
        };
        let op = if want == core::cmp::Ordering::Less {
            mupy_emitters::ops::BinaryOp::Less
        } else {
            mupy_emitters::ops::BinaryOp::More
        };
        let r = vm.binary_op(op, kx, best_key)?;
        if vm.truthy(r)? {
            best = x;
            best_key = kx;
        }
    }
    Ok(best)
}

fn builtin_min<R: Repr>(vm: &mut Vm<R>, args: &[R], kwargs: &[R]) -> PyResult<R> {
    min_max(vm, args, kwargs, core::cmp::Ordering::Less, "min")
}

fn builtin_max<R: Repr>(vm: &mut Vm<R>, args: &[R], kwargs: &[R]) -> PyResult<R> {
    min_max(vm, args, kwargs, core::cmp::Ordering::Greater, "max")
}

fn builtin_sum<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let mut acc = if args.len() > 1 {
        args[1]
    } else {
        R::small_int(0).unwrap_or(R::none())
    };
    let it = vm.get_iter(args[0])?;
    while let Some(v) = vm.iter_next(it)? {
        acc = vm.binary_op(mupy_emitters::ops::BinaryOp::Add, acc, v)?;
    }
    Ok(acc)
}

fn builtin_iter<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    match args.get(1) {
        // `iter(callable, sentinel)`: a call iterator with no index (null).
        Some(&sentinel) => vm.new_iter_obj(TypeId::CallIterator, args[0], R::null(), sentinel),
        None => vm.get_iter(args[0]),
    }
}

fn builtin_next<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    if args.len() == 1 && vm.is_exact(args[0], TypeId::Generator) {
        // Keeps the generator's return value in the StopIteration.
        return vm.gen_send(args[0], R::none(), None);
    }
    if args.len() == 1 && vm.is_user_instance(args[0]) {
        // The iterator's own StopIteration (with its value) propagates.
        if let Some(v) = vm.call_special(args[0], names::__next__, &[])? {
            return Ok(v);
        }
    }
    match vm.iter_next(args[0])? {
        Some(v) => Ok(v),
        None if args.len() > 1 => Ok(args[1]),
        None => Err(vm.raise_type(TypeId::StopIteration)),
    }
}

fn builtin_sorted<R: Repr>(vm: &mut Vm<R>, args: &[R], kwargs: &[R]) -> PyResult<R> {
    let l = vm.list_from_iter(args[0])?;
    lists::sort_list(vm, l, kwargs)?;
    Ok(l)
}

fn attr_name<R: Repr>(vm: &mut Vm<R>, v: R) -> PyResult<Qstr> {
    let Some(s) = vm.str_text(v) else {
        return Err(vm.type_error("attribute name must be string"));
    };
    let s = String::from(s);
    vm.intern(&s)
}

fn builtin_hasattr<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let q = attr_name(vm, args[1])?;
    match vm.try_load_attr(args[0], q) {
        Ok(v) => Ok(R::bool(v.is_some())),
        Err(e) if vm.pending_is(TypeId::AttributeError) => {
            let _ = e;
            vm.take_exception();
            Ok(R::bool(false))
        }
        Err(e) => Err(e),
    }
}

fn builtin_getattr<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let q = attr_name(vm, args[1])?;
    match vm.try_load_attr(args[0], q)? {
        Some(v) => Ok(v),
        None if args.len() > 2 => Ok(args[2]),
        None => Err(vm.attribute_error(args[0], q)),
    }
}

fn builtin_setattr<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let q = attr_name(vm, args[1])?;
    vm.store_attr(args[0], q, args[2])?;
    Ok(R::none())
}

fn builtin_import<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let q = attr_name(vm, args[0])?;
    vm.import_name(
        q,
        R::none(),
        R::small_int(0).unwrap_or(R::none()),
        R::none(),
    )
}

fn builtin_callable<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let v = args[0];
    if !v.is_ptr() {
        return Ok(R::bool(false));
    }
    let t = vm.builtin_type_of(v);
    let c = matches!(
        t,
        TypeId::Function
            | TypeId::Closure
            | TypeId::BoundMethod
            | TypeId::NativeFunction
            | TypeId::Type
    ) || vm.is_class_value(v)
        || (vm.is_user_instance(v)
            && vm
                .lookup_type_attr(vm.type_ref_of(v), names::__call__)?
                .is_some());
    Ok(R::bool(c))
}

fn builtin_id<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let v = args[0];
    let id = if v.is_ptr() {
        v.ptr_ref().0 as i64
    } else {
        vm.hash(v)? as i64
    };
    vm.new_int(id)
}

fn builtin_hash<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let v = args[0];
    // Numbers give CPython's values (equal numbers hash equal); others the dict hash.
    if vm.is_int(v) {
        let h = vm.int_py_hash(v);
        return vm.new_int(h);
    }
    if let Some(f) = vm.float_of(v) {
        return vm.new_int(crate::num::hash::py_hash_f64(f));
    }
    let h = vm.hash(v)?;
    vm.new_int(h as i32 as i64)
}

fn builtin_all<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let it = vm.get_iter(args[0])?;
    while let Some(v) = vm.iter_next(it)? {
        if !vm.truthy(v)? {
            return Ok(R::bool(false));
        }
    }
    Ok(R::bool(true))
}

fn builtin_any<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let it = vm.get_iter(args[0])?;
    while let Some(v) = vm.iter_next(it)? {
        if vm.truthy(v)? {
            return Ok(R::bool(true));
        }
    }
    Ok(R::bool(false))
}

fn builtin_chr<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let i = vm.index_of(args[0])?;
    match u32::try_from(i).ok().and_then(char::from_u32) {
        Some(c) => {
            let mut b = [0u8; 4];
            vm.new_str(c.encode_utf8(&mut b))
        }
        None => Err(vm.value_error("chr() arg not in range(0x110000)")),
    }
}

fn builtin_ord<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let s = vm.str_text(args[0]).map(String::from);
    match s {
        Some(s) if s.chars().count() == 1 => vm.new_int(s.chars().next().map_or(0, |c| c as i64)),
        Some(s) => {
            let n = s.chars().count();
            Err(crate::raise!(
                vm,
                TypeError,
                "ord() expected a character, but string of length {} found",
                n
            ))
        }
        None if vm.bytes_data(args[0]).is_some() => {
            // bytes and bytearray of length 1 give their byte.
            let d = vm.bytes_data(args[0]).unwrap_or(&[]);
            match *d {
                [b] => Ok(R::small_int(b as i64).unwrap_or(R::none())),
                _ => {
                    let n = d.len();
                    Err(crate::raise!(
                        vm,
                        TypeError,
                        "ord() expected a character, but string of length {} found",
                        n
                    ))
                }
            }
        }
        None => {
            let t = vm.type_name(args[0]);
            Err(crate::raise!(
                vm,
                TypeError,
                "ord() expected string of length 1, but {} found",
                t
            ))
        }
    }
}

fn builtin_divmod<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    use mupy_emitters::ops::BinaryOp;
    // Named as CPython names it, not after the `//` that would fail first.
    // Ints of any size (a big one has no float value), floats, bools.
    let operand =
        |vm: &Vm<R>, v: R| vm.is_int(v) || vm.to_float(v).is_some() || vm.is_user_instance(v);
    if !operand(vm, args[0]) || !operand(vm, args[1]) {
        let (ta, tb) = (vm.type_name(args[0]), vm.type_name(args[1]));
        return Err(crate::raise!(
            vm,
            TypeError,
            "unsupported operand type(s) for divmod(): '{}' and '{}'",
            ta,
            tb
        ));
    }
    if (vm.is_float(args[0]) || vm.is_float(args[1])) && vm.to_float(args[1]) == Some(0.0) {
        return Err(vm.raise_msg(TypeId::ZeroDivisionError, "float divmod()"));
    }
    let q = vm.binary_op(BinaryOp::FloorDivide, args[0], args[1])?;
    let r = vm.binary_op(BinaryOp::Modulo, args[0], args[1])?;
    vm.new_tuple(&[q, r])
}
