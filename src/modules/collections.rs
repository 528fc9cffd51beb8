//! The `collections` module: `namedtuple`, `OrderedDict` and `deque`.
//!
//! `namedtuple(name, fields)` makes a heap class with bases
//! `(<namedtuple>, tuple)`: the first is a ROM type holding every method
//! (`__getattr__`, `__repr__`, `_asdict`…), so a new class's namespace
//! holds only `_fields`, `__new__` and `_make` (the last two must be heap
//! descriptors). Instances are plain tuples with the class in their header
//! (no extra word); field access is a scan of `_fields` (MicroPython's
//! namedtuple scans too). `OrderedDict` is a dict whose header names its
//! own type (`builtins/ordereddicts.rs`); `deque` is in `objects/deque.rs`.

use super::Module;
use crate::natives;
use crate::qstr::{names, Qstr};
use crate::runtime::natives::{area, VARARGS};
use crate::runtime::value::RomValue;
use crate::runtime::{PyResult, TypeId, Vm};
use alloc::string::String;
use core::cmp::Ordering;
use mupy_emitters::ops::BinaryOp;
use mupy_reprs::Repr;

natives! { area::COLLECTIONS;
    NAMEDTUPLE namedtuple(2, 2, kw) => namedtuple;
    NT_NEW __new__(1, VARARGS, kw) => nt_new;
    NT_GETATTR __getattr__(2, 2) => nt_getattr;
    NT_REPR __repr__(1, 1) => nt_repr;
    NT_EQ __eq__(2, 2) => nt_eq;
    NT_LT __lt__(2, 2) => nt_lt;
    NT_LE __le__(2, 2) => nt_le;
    NT_HASH __hash__(1, 1) => nt_hash;
    NT_ASDICT _asdict(1, 1) => nt_asdict;
    NT_REPLACE _replace(1, 1, kw) => nt_replace;
    NT_MAKE _make(2, 2) => nt_make;
}

pub static MODULE: Module = Module {
    name: names::collections,
    attrs: &[
        (names::namedtuple, rv(Idx::NAMEDTUPLE)),
        (
            names::OrderedDict,
            RomValue::Obj(TypeId::OrderedDict.rom_ref()),
        ),
        (names::deque, RomValue::Obj(TypeId::Deque.rom_ref())),
    ],
};

/// The methods every namedtuple class finds through its ROM base.
pub static NAMEDTUPLE_ATTRS: &[(Qstr, RomValue)] = &[
    (names::__getattr__, rv(Idx::NT_GETATTR)),
    (names::__repr__, rv(Idx::NT_REPR)),
    (names::__eq__, rv(Idx::NT_EQ)),
    (names::__lt__, rv(Idx::NT_LT)),
    (names::__le__, rv(Idx::NT_LE)),
    (names::__hash__, rv(Idx::NT_HASH)),
    (names::_asdict, rv(Idx::NT_ASDICT)),
    (names::_replace, rv(Idx::NT_REPLACE)),
];

/// Whether builtin type `t` belongs to a module (so is no builtin name).
pub fn is_module_type(t: TypeId) -> bool {
    matches!(
        t,
        TypeId::NamedTuple
            | TypeId::OrderedDict
            | TypeId::Deque
            | TypeId::DequeIterator
            | TypeId::Array
            | TypeId::ArrayIterator
            | TypeId::Sha256
            | TypeId::Sha1
            | TypeId::Md5
            | TypeId::StringIO
            | TypeId::BytesIO
            | TypeId::TextFile
            | TypeId::BinaryFile
            | TypeId::RePattern
            | TypeId::ReMatch
    )
}

/// Field names from a str (`'x y'`, `'x, y'`) or an iterable of strs.
fn field_names<R: Repr>(vm: &mut Vm<R>, spec: R) -> PyResult<R> {
    let base = vm.roots.temps.len();
    let r = collect_fields(vm, spec);
    match r {
        Ok(()) => vm.temps_to_tuple(base),
        Err(e) => {
            vm.roots.temps.truncate(base);
            Err(e)
        }
    }
}

fn collect_fields<R: Repr>(vm: &mut Vm<R>, spec: R) -> PyResult<()> {
    if let Some(s) = vm.str_text(spec) {
        let text = String::from(s);
        for name in text.split(|c: char| c == ',' || c.is_whitespace()) {
            if !name.is_empty() {
                add_field(vm, name)?;
            }
        }
        return Ok(());
    }
    let it = vm.get_iter(spec)?;
    while let Some(x) = vm.iter_next(it)? {
        let Some(s) = vm.str_text(x) else {
            return Err(vm.type_error("Type names and field names must be strings"));
        };
        let s = String::from(s);
        add_field(vm, &s)?;
    }
    Ok(())
}

/// Python's keywords, which cannot name a field.
const KEYWORDS: [&str; 35] = [
    "False", "None", "True", "and", "as", "assert", "async", "await", "break", "class", "continue",
    "def", "del", "elif", "else", "except", "finally", "for", "from", "global", "if", "import",
    "in", "is", "lambda", "nonlocal", "not", "or", "pass", "raise", "return", "try", "while",
    "with", "yield",
];

fn add_field<R: Repr>(vm: &mut Vm<R>, name: &str) -> PyResult<()> {
    let ident = name
        .chars()
        .next()
        .is_some_and(|c| c == '_' || c.is_alphabetic())
        && name.chars().all(|c| c == '_' || c.is_alphanumeric());
    if !ident || name.starts_with('_') || KEYWORDS.contains(&name) {
        return Err(crate::raise!(
            vm,
            ValueError,
            "Type names and field names must be valid identifiers: '{}'",
            name
        ));
    }
    let q = vm.intern(name)?;
    vm.temps_push(R::qstr(q.0))
}

/// `namedtuple(typename, field_names)`.
fn namedtuple<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let name = a[0];
    if vm.str_text(name).is_none() {
        return Err(vm.type_error("Type names and field names must be strings"));
    }
    let fields = field_names(vm, a[1])?;
    let items = vm.tuple_items(fields.ptr_ref());
    for i in 0..items.len() {
        if items[..i].contains(&items[i]) {
            let f = String::from(vm.str_text(items[i]).unwrap_or(""));
            return Err(crate::raise!(
                vm,
                ValueError,
                "Encountered duplicate field name: '{}'",
                f
            ));
        }
    }
    let dict = vm.new_dict()?;
    vm.dict_set(dict, R::qstr(names::_fields.0), fields)?;
    let new = vm.rom_value(rv(Idx::NT_NEW))?;
    let new = vm.new_descr(TypeId::StaticMethod, new, R::none(), R::none())?;
    vm.dict_set(dict, R::qstr(names::__new__.0), new)?;
    let make = vm.rom_value(rv(Idx::NT_MAKE))?;
    let make = vm.new_descr(TypeId::ClassMethod, make, R::none(), R::none())?;
    vm.dict_set(dict, R::qstr(names::_make.0), make)?;
    let bases = vm.new_tuple(&[
        R::ptr(TypeId::NamedTuple.rom_ref()),
        R::ptr(TypeId::Tuple.rom_ref()),
    ])?;
    vm.new_class(name, bases, dict)
}

/// The `_fields` tuple of a namedtuple class.
fn fields_of<R: Repr>(vm: &mut Vm<R>, cls: R) -> PyResult<R> {
    let t = if vm.is_class_value(cls) {
        cls.ptr_ref()
    } else {
        vm.type_ref_of(cls)
    };
    match vm.lookup_type_attr(t, names::_fields)? {
        Some(f) if f.is_ptr() && vm.builtin_type_of(f) == TypeId::Tuple => Ok(f),
        _ => Err(vm.type_error("not a namedtuple")),
    }
}

/// A new instance of namedtuple class `cls` holding `items`.
fn make_instance<R: Repr>(vm: &mut Vm<R>, cls: R, items: &[R]) -> PyResult<R> {
    // Always a heap tuple (never the shared empty one): its header changes.
    let r = vm.new_tuple_uninit(items.len())?;
    vm.tuple_items_mut(r).copy_from_slice(items);
    // SAFETY: `r` is a fresh heap tuple; its header is its type, and `cls`
    // derives from tuple, so every tuple operation still applies.
    unsafe { (*vm.ptr::<crate::runtime::heap::Header>(r)).type_ref = cls.ptr_ref().0 };
    Ok(R::ptr(r))
}

/// `Cls(*args, **kwargs)`: positional values, then fields by keyword.
fn nt_new<R: Repr>(vm: &mut Vm<R>, a: &[R], kw: &[R]) -> PyResult<R> {
    let cls = a[0];
    let fields = fields_of(vm, cls)?;
    let n = vm.tuple_items(fields.ptr_ref()).len();
    let args = &a[1..];
    let cname = vm.class_name(cls.ptr_ref());
    if args.len() > n {
        return Err(crate::raise!(
            vm,
            TypeError,
            "{}() takes {} positional arguments but {} were given",
            cname,
            n + 1,
            args.len() + 1
        ));
    }
    let mut vals = alloc::vec![R::null(); n];
    vals[..args.len()].copy_from_slice(args);
    for p in kw.chunks_exact(2) {
        let pos = vm
            .tuple_items(fields.ptr_ref())
            .iter()
            .position(|&f| f == p[0]);
        match pos {
            Some(i) if vals[i].is_null() => vals[i] = p[1],
            Some(_) => {
                let k = String::from(vm.str_text(p[0]).unwrap_or(""));
                return Err(crate::raise!(
                    vm,
                    TypeError,
                    "{}() got multiple values for argument '{}'",
                    cname,
                    k
                ));
            }
            None => {
                let k = String::from(vm.str_text(p[0]).unwrap_or(""));
                return Err(crate::raise!(
                    vm,
                    TypeError,
                    "{}() got an unexpected keyword argument '{}'",
                    cname,
                    k
                ));
            }
        }
    }
    if let Some(i) = vals.iter().position(|v| v.is_null()) {
        let f = String::from(
            vm.str_text(vm.tuple_items(fields.ptr_ref())[i])
                .unwrap_or(""),
        );
        return Err(crate::raise!(
            vm,
            TypeError,
            "{}() missing required argument: '{}'",
            cname,
            f
        ));
    }
    // The values are the caller's arguments, rooted by the caller.
    make_instance(vm, cls, &vals)
}

/// `Cls._make(iterable)`.
fn nt_make<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let cls = a[0];
    let t = vm.sequence_to_tuple(a[1])?;
    let fields = fields_of(vm, cls)?;
    let n = vm.tuple_items(fields.ptr_ref()).len();
    let m = vm.tuple_items(t.ptr_ref()).len();
    if m != n {
        return Err(crate::raise!(
            vm,
            TypeError,
            "Expected {} arguments, got {}",
            n,
            m
        ));
    }
    let items = alloc::vec::Vec::from(vm.tuple_items(t.ptr_ref()));
    // `t` (a local) keeps the items alive while the instance is made.
    let r = make_instance(vm, cls, &items);
    core::hint::black_box(t);
    r
}

/// `p.field`: found by scanning `_fields`.
fn nt_getattr<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let (obj, name) = (a[0], a[1]);
    let fields = fields_of(vm, obj)?;
    let pos = vm
        .tuple_items(fields.ptr_ref())
        .iter()
        .position(|&f| f == name);
    match pos {
        Some(i) if i < vm.tuple_items(obj.ptr_ref()).len() => Ok(vm.tuple_items(obj.ptr_ref())[i]),
        _ => {
            let t = vm.type_name(obj);
            let n = String::from(vm.str_text(name).unwrap_or(""));
            Err(crate::raise!(
                vm,
                AttributeError,
                "'{}' object has no attribute '{}'",
                t,
                n
            ))
        }
    }
}

/// `P(x=1, y=2)`.
fn nt_repr<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let obj = a[0];
    let fields = fields_of(vm, obj)?;
    let mut out = vm.type_name(obj);
    out.push('(');
    let n = vm.tuple_items(obj.ptr_ref()).len();
    for i in 0..n {
        if i > 0 {
            out.push_str(", ");
        }
        let f = vm.tuple_items(fields.ptr_ref()).get(i).copied();
        if let Some(s) = f.and_then(|f| vm.str_text(f)) {
            out.push_str(s);
        }
        out.push('=');
        let x = vm.tuple_items(obj.ptr_ref())[i];
        vm.write_repr(&mut out, x)?;
    }
    out.push(')');
    vm.new_str(&out)
}

/// Equal to any tuple (or namedtuple) with equal items.
fn nt_eq<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let (x, y) = (a[0], a[1]);
    if !y.is_ptr() || vm.builtin_type_of(y) != TypeId::Tuple {
        return Ok(R::immediate(mupy_reprs::Immediate::NotImplemented));
    }
    let n = vm.tuple_items(x.ptr_ref()).len();
    if n != vm.tuple_items(y.ptr_ref()).len() {
        return Ok(R::bool(false));
    }
    for i in 0..n {
        let (p, q) = (
            vm.tuple_items(x.ptr_ref())[i],
            vm.tuple_items(y.ptr_ref())[i],
        );
        if p != q && !vm.equal(p, q)? {
            return Ok(R::bool(false));
        }
    }
    Ok(R::bool(true))
}

/// Tuple order against any tuple (`>` and `>=` come by reflection).
fn nt_order<R: Repr>(vm: &mut Vm<R>, a: &[R], op: BinaryOp) -> PyResult<R> {
    let (x, y) = (a[0], a[1]);
    if !y.is_ptr() || vm.builtin_type_of(y) != TypeId::Tuple {
        return Ok(R::immediate(mupy_reprs::Immediate::NotImplemented));
    }
    let o = vm.compare(x, y, op)?;
    Ok(R::bool(match op {
        BinaryOp::Less => o == Some(Ordering::Less),
        _ => matches!(o, Some(Ordering::Less | Ordering::Equal)),
    }))
}

fn nt_lt<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    nt_order(vm, a, BinaryOp::Less)
}

fn nt_le<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    nt_order(vm, a, BinaryOp::LessEqual)
}

/// The hash of the equal plain tuple.
fn nt_hash<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let items = alloc::vec::Vec::from(vm.tuple_items(a[0].ptr_ref()));
    // `a[0]` is rooted by the caller and holds the items.
    let t = vm.new_tuple(&items)?;
    let h = vm.hash(t)?;
    vm.new_int(h as i64)
}

/// `p._asdict()`: a dict of fields to values, in field order.
fn nt_asdict<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let obj = a[0];
    let fields = fields_of(vm, obj)?;
    let d = vm.new_dict()?;
    let n = vm.tuple_items(obj.ptr_ref()).len();
    for i in 0..n {
        let Some(&f) = vm.tuple_items(fields.ptr_ref()).get(i) else {
            break;
        };
        let x = vm.tuple_items(obj.ptr_ref())[i];
        vm.dict_set(d, f, x)?;
    }
    Ok(d)
}

/// `p._replace(**changes)`: a copy with some fields changed.
fn nt_replace<R: Repr>(vm: &mut Vm<R>, a: &[R], kw: &[R]) -> PyResult<R> {
    let obj = a[0];
    let fields = fields_of(vm, obj)?;
    let mut vals = alloc::vec::Vec::from(vm.tuple_items(obj.ptr_ref()));
    for p in kw.chunks_exact(2) {
        match vm
            .tuple_items(fields.ptr_ref())
            .iter()
            .position(|&f| f == p[0])
        {
            Some(i) if i < vals.len() => vals[i] = p[1],
            _ => {
                let k = String::from(vm.str_text(p[0]).unwrap_or(""));
                return Err(crate::raise!(
                    vm,
                    ValueError,
                    "Got unexpected field names: ['{}']",
                    k
                ));
            }
        }
    }
    let cls = R::ptr(vm.type_ref_of(obj));
    // Every value is held by `obj` or by the caller's keyword arguments.
    make_instance(vm, cls, &vals)
}
