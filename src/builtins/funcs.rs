//! Builtin functions beyond the core set of `mod.rs`: number formatting
//! (`bin hex oct format`), `pow` (with modulus), `round`, `dir`, the
//! compiler at run time (`compile eval exec`), `globals`, `locals` and
//! `input`.

use crate::compile::{CompileConfig, Mode};
use crate::natives;
use crate::num::{self, NumError};
use crate::qstr::{names, Qstr};
use crate::runtime::natives::area;
use crate::runtime::value::RomValue;
use crate::runtime::{PyResult, TypeId, Vm};
use crate::vm::frame::{F_FUNCTION, F_LOCALS};
use alloc::string::String;
use alloc::vec;
use alloc::vec::Vec;
use mupy_emitters::ops::BinaryOp;
use mupy_reprs::{Immediate, ObjRef, Repr};

natives! { area::FUNCS;
    BIN bin(1, 1) => bin;
    HEX hex(1, 1) => hex;
    OCT oct(1, 1) => oct;
    POW pow(2, 3) => pow;
    ROUND round(1, 2) => round;
    DIR dir(0, 1) => dir;
    EVAL eval(1, 3) => eval;
    EXEC exec(1, 3) => exec;
    COMPILE compile(3, 6, kw) => compile;
    GLOBALS globals(0, 0) => globals;
    LOCALS locals(0, 0) => locals;
    INPUT input(0, 1) => input;
    FORMAT format(1, 2) => format;
    DELATTR delattr(2, 2) => delattr;
}

/// This file's names in the `builtins` module.
pub static BUILTINS: &[(Qstr, RomValue)] = &[
    (names::bin, rv(Idx::BIN)),
    (names::hex, rv(Idx::HEX)),
    (names::oct, rv(Idx::OCT)),
    (names::pow, rv(Idx::POW)),
    (names::round, rv(Idx::ROUND)),
    (names::dir, rv(Idx::DIR)),
    (names::eval, rv(Idx::EVAL)),
    (names::exec, rv(Idx::EXEC)),
    (names::compile, rv(Idx::COMPILE)),
    (names::globals, rv(Idx::GLOBALS)),
    (names::locals, rv(Idx::LOCALS)),
    (names::input, rv(Idx::INPUT)),
    (names::format, rv(Idx::FORMAT)),
    (names::delattr, rv(Idx::DELATTR)),
    (names::Ellipsis, RomValue::Imm(Immediate::Ellipsis)),
    (
        names::NotImplemented,
        RomValue::Imm(Immediate::NotImplemented),
    ),
];

/// An int argument (ints, bools, and objects with `__index__`).
fn index_arg<R: Repr>(vm: &mut Vm<R>, v: R) -> PyResult<R> {
    if vm.is_int(v) {
        return Ok(v);
    }
    if vm.is_user_instance(v) {
        if let Some(r) = vm.call_special(v, names::__index__, &[])? {
            return Ok(r);
        }
    }
    let t = vm.type_name(v);
    Err(crate::raise!(
        vm,
        TypeError,
        "'{}' object cannot be interpreted as an integer",
        t
    ))
}

/// `-0x1f`-style text: sign, prefix, digits.
fn radix<R: Repr>(vm: &mut Vm<R>, v: R, base: u32, prefix: &str) -> PyResult<R> {
    let v = index_arg(vm, v)?;
    let digits = vm.int_to_text(v, base, false);
    let mut s = String::with_capacity(digits.len() + 3);
    let body = match digits.strip_prefix('-') {
        Some(b) => {
            s.push('-');
            b
        }
        None => &digits,
    };
    s.push_str(prefix);
    s.push_str(body);
    vm.new_str(&s)
}

fn bin<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    radix(vm, a[0], 2, "0b")
}

fn hex<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    radix(vm, a[0], 16, "0x")
}

fn oct<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    radix(vm, a[0], 8, "0o")
}

fn format<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let spec = match a.get(1) {
        Some(&s) => match vm.str_text(s) {
            Some(s) => String::from(s),
            None => {
                let t = vm.type_name(s);
                return Err(crate::raise!(
                    vm,
                    TypeError,
                    "format() argument 2 must be str, not {}",
                    t
                ));
            }
        },
        None => String::new(),
    };
    super::strfmt::format_to_str(vm, a[0], &spec)
}

/// `pow(base, exp[, mod])`.
fn pow<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    match a.get(2) {
        Some(&m) if !m.is_none() => {
            if !(vm.is_int(a[0]) && vm.is_int(a[1]) && vm.is_int(m)) {
                return Err(vm.type_error(
                    "pow() 3rd argument not allowed unless all arguments are integers",
                ));
            }
            pow_mod(vm, a[0], a[1], m)
        }
        _ => vm.binary_op(BinaryOp::Power, a[0], a[1]),
    }
}

fn pow_mod<R: Repr>(vm: &mut Vm<R>, b: R, e: R, m: R) -> PyResult<R> {
    let (mut bb, mut be, mut bm) = ([0; 2], [0; 2], [0; 2]);
    let r: Result<(bool, Vec<u32>), NumError> = {
        let (Some(x), Some(y), Some(z)) = (
            vm.int_view(b, &mut bb),
            vm.int_view(e, &mut be),
            vm.int_view(m, &mut bm),
        ) else {
            return Err(vm.type_error("pow() arguments must be integers"));
        };
        let ml = z.mag().len();
        let mut out = vec![0u32; num::pow_mod_len(ml).max(1)];
        let mut scratch = vec![0u32; num::pow_mod_scratch_len(x.mag().len(), ml)];
        num::pow_mod(x, y, z, &mut out, &mut scratch).map(|l| {
            out.truncate(l.len);
            (l.neg, out)
        })
    };
    match r {
        Ok((neg, d)) => vm.new_bigint(neg, &d),
        Err(e) => Err(vm.num_error(e, "")),
    }
}

/// `round(x[, ndigits])`: half to even, an int without `ndigits`.
fn round<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let x = a[0];
    let nd = match a.get(1) {
        Some(&n) if !n.is_none() => Some(n),
        _ => None,
    };
    if let Some(f) = vm.float_of(x) {
        return match nd {
            None => {
                let r = num::float_ops::round_half_even(f);
                vm.int_from_f64(r)
            }
            Some(n) => {
                let n = vm.index_of(n)?;
                match num::float_ops::round(f, n) {
                    Ok(r) => vm.new_float(r),
                    Err(_) => Err(vm.raise_msg(
                        TypeId::OverflowError,
                        "rounded value too large to represent",
                    )),
                }
            }
        };
    }
    if vm.is_int(x) {
        let x = if vm.is_bool(x) {
            vm.new_int(vm.int_of(x).unwrap_or(0))?
        } else {
            x
        };
        let Some(n) = nd else { return Ok(x) };
        let n = vm.index_of(n)?;
        if n >= 0 {
            return Ok(x);
        }
        return round_int(vm, x, n.unsigned_abs());
    }
    if vm.is_user_instance(x) {
        let args: &[R] = match nd {
            Some(ref n) => core::slice::from_ref(n),
            None => &[],
        };
        if let Some(r) = vm.call_special(x, names::__round__, args)? {
            return Ok(r);
        }
    }
    let t = vm.type_name(x);
    Err(crate::raise!(
        vm,
        TypeError,
        "type {} doesn't define __round__ method",
        t
    ))
}

/// An int rounded to a multiple of `10^k`, ties to even.
fn round_int<R: Repr>(vm: &mut Vm<R>, x: R, k: u64) -> PyResult<R> {
    let ten = vm.new_int(10)?;
    let kv = vm.new_int(k.min(i64::MAX as u64) as i64)?;
    let unit = vm.binary_op(BinaryOp::Power, ten, kv)?;
    let q = vm.binary_op(BinaryOp::FloorDivide, x, unit)?;
    let r = vm.binary_op(BinaryOp::Modulo, x, unit)?;
    let two = vm.new_int(2)?;
    let twice = vm.binary_op(BinaryOp::Multiply, r, two)?;
    let one = vm.new_int(1)?;
    let low = vm.binary_op(BinaryOp::And, q, one)?;
    let q_odd = vm.truthy(low)?;
    let up = match vm.int_cmp(twice, unit) {
        core::cmp::Ordering::Greater => true,
        core::cmp::Ordering::Equal => q_odd,
        core::cmp::Ordering::Less => false,
    };
    let q = if up {
        vm.binary_op(BinaryOp::Add, q, one)?
    } else {
        q
    };
    vm.binary_op(BinaryOp::Multiply, q, unit)
}

/// The running frame's globals dict and its locals (null outside a
/// module or class body).
fn frame_namespaces<R: Repr>(vm: &Vm<R>) -> (R, R) {
    let fp = vm.frame.get();
    if fp.is_null() {
        return (vm.roots.main_globals, R::null());
    }
    // SAFETY: `vm.frame` is the frame running the current builtin call;
    // its header holds its function and locals words.
    let (fun, locals) = unsafe { (*fp.add(F_FUNCTION), *fp.add(F_LOCALS)) };
    let globals = R::ptr(ObjRef(vm.function(fun.ptr_ref()).globals));
    (globals, locals)
}

fn globals<R: Repr>(vm: &mut Vm<R>, _: &[R], _: &[R]) -> PyResult<R> {
    Ok(frame_namespaces(vm).0)
}

fn locals<R: Repr>(vm: &mut Vm<R>, _: &[R], _: &[R]) -> PyResult<R> {
    let (g, l) = frame_namespaces(vm);
    Ok(if l.is_null() { g } else { l })
}

/// `compile(source, filename, mode)`: a code object for `eval`/`exec`.
fn compile<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let mode = match vm.str_text(a[2]) {
        Some("exec") => Mode::File,
        Some("eval") => Mode::Eval,
        Some("single") => Mode::Single,
        _ => return Err(vm.value_error("compile() mode must be 'exec', 'eval' or 'single'")),
    };
    let file = String::from(vm.str_text(a[1]).unwrap_or("<string>"));
    let src = source_text(vm, a[0])?;
    let code = compile_source(vm, &src, &file, mode)?;
    Ok(R::ptr(code))
}

fn source_text<R: Repr>(vm: &mut Vm<R>, v: R) -> PyResult<String> {
    if let Some(s) = vm.str_text(v) {
        return Ok(String::from(s));
    }
    if let Some(b) = vm.bytes_data(v) {
        return Ok(String::from_utf8_lossy(b).into_owned());
    }
    Err(vm.type_error("source must be a string, bytes or code object"))
}

/// Compiles and loads `src`; a compile error becomes a SyntaxError.
fn compile_source<R: Repr>(vm: &mut Vm<R>, src: &str, file: &str, mode: Mode) -> PyResult<ObjRef> {
    let fq = vm.intern(file)?;
    let cfg = CompileConfig {
        small_int_bits: R::SMALL_INT_BITS,
        ..CompileConfig::default()
    };
    let module = match crate::compile::compile(src, fq, mode, &cfg, &mut vm.interner()) {
        Ok(m) => m,
        Err(e) => {
            let ty = match e.kind {
                crate::compile::ErrorKind::IndentationError => TypeId::IndentationError,
                crate::compile::ErrorKind::TabError => TypeId::TabError,
                crate::compile::ErrorKind::MemoryError => return Err(vm.raise_memory_error()),
                _ => TypeId::SyntaxError,
            };
            return Err(vm.raise_msg(ty, &e.message));
        }
    };
    vm.load_module_code(&module)
}

/// Runs `source` (text or code object) in the given namespaces (default:
/// the caller's); returns the value of an `eval`-compiled expression.
fn run<R: Repr>(vm: &mut Vm<R>, a: &[R], mode: Mode) -> PyResult<R> {
    let (fg, fl) = frame_namespaces(vm);
    let explicit = a.get(1).is_some_and(|g| !g.is_none());
    let globals = if explicit {
        if !vm.is_dict(a[1]) {
            return Err(vm.type_error("globals must be a dict"));
        }
        a[1]
    } else {
        fg
    };
    let locals = match a.get(2) {
        Some(&l) if !l.is_none() => l,
        _ if explicit || fl.is_null() => globals,
        _ => fl,
    };
    let code = if vm.is_exact(a[0], TypeId::RawCode) {
        a[0].ptr_ref()
    } else {
        let src = source_text(vm, a[0])?;
        let src = if mode == Mode::Eval {
            String::from(src.trim_start_matches([' ', '\t']))
        } else {
            src
        };
        compile_source(vm, &src, "<string>", mode)?
    };
    let fun = vm.new_function(code, globals.ptr_ref(), None, None)?;
    match vm.prepare_call(fun, &[], &[])? {
        crate::runtime::call::Prepared::Frame(fp) => {
            // SAFETY: `fp` is the frame just bound for the module code.
            unsafe {
                *fp.add(F_LOCALS) = if locals == globals { R::null() } else { locals };
                *fp.add(crate::vm::frame::F_PREV) = crate::vm::frame::int_word(-1);
            }
            match vm.execute(fp, None)? {
                crate::vm::interp::Exit::Return(v) => Ok(v),
                crate::vm::interp::Exit::Yield(_) => Ok(R::none()),
            }
        }
        crate::runtime::call::Prepared::Done(v) => Ok(v),
    }
}

fn eval<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    run(vm, a, Mode::Eval)
}

fn exec<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    run(vm, a, Mode::File)?;
    Ok(R::none())
}

/// `input(prompt)`: one line from stdin, without its newline; EOFError at
/// the end of input.
fn input<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    if let Some(&p) = a.first() {
        let mut s = String::new();
        vm.write_str(&mut s, p)?;
        vm.port
            .write(crate::runtime::port::Stream::Stdout, s.as_bytes());
        vm.port.flush();
    }
    let mut line = Vec::new();
    loop {
        match vm.port.read_byte() {
            Some(b'\n') => break,
            Some(b) => line.push(b),
            None if line.is_empty() => return Err(vm.raise_msg(TypeId::EOFError, "")),
            None => break,
        }
    }
    if line.last() == Some(&b'\r') {
        line.pop();
    }
    let s = String::from_utf8_lossy(&line).into_owned();
    vm.new_str(&s)
}

/// `dir(obj)`: sorted attribute names of an object, its class and bases;
/// `dir()`: the names of the running namespace.
fn dir<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let out = vm.new_dict()?;
    match a.first() {
        None => {
            let (g, l) = frame_namespaces(vm);
            add_keys(vm, out, if l.is_null() { g } else { l })?;
        }
        Some(&obj) => {
            if vm.is_user_instance(obj) && vm.builtin_type_of(obj) == TypeId::Object {
                let m = vm.instance_map(obj.ptr_ref());
                add_map_keys(vm, out, m)?;
            }
            if obj.is_ptr() && vm.type_ref_of(obj) == TypeId::Module.rom_ref() {
                if !crate::runtime::rom::is_rom(obj.ptr_ref()) {
                    let g = vm.module_globals(obj.ptr_ref());
                    add_keys(vm, out, g)?;
                }
            } else {
                let t = if vm.is_class_value(obj) {
                    obj.ptr_ref()
                } else {
                    vm.type_ref_of(obj)
                };
                add_type_names(vm, out, t)?;
            }
        }
    }
    let l = vm.new_list(&[])?;
    let m = vm.dict_map(out);
    let mut p = 0;
    while let Some((np, k, _)) = vm.map_next(m, p) {
        p = np;
        vm.list_append(l, k)?;
    }
    super::lists::sort_list(vm, l, &[])?;
    Ok(l)
}

fn add_map_keys<R: Repr>(vm: &mut Vm<R>, out: R, m: crate::objects::map::MapRef) -> PyResult<()> {
    let mut p = 0;
    while let Some((np, k, _)) = vm.map_next(m, p) {
        p = np;
        vm.dict_set(out, k, R::none())?;
    }
    Ok(())
}

fn add_keys<R: Repr>(vm: &mut Vm<R>, out: R, d: R) -> PyResult<()> {
    let m = vm.dict_map(d);
    add_map_keys(vm, out, m)
}

/// Names of a type: its ROM table and its bases', or a class's MRO dicts.
fn add_type_names<R: Repr>(vm: &mut Vm<R>, out: R, t: ObjRef) -> PyResult<()> {
    if let Some((crate::runtime::rom::Region::Type, i)) = crate::runtime::rom::decode(t) {
        let mut ty = TypeId::from_index(i).map(|t| t.info());
        while let Some(info) = ty {
            for &(q, _) in info.attrs {
                vm.dict_set(out, R::qstr(q.0), R::none())?;
            }
            ty = info.base.map(|b| b.info());
        }
        vm.dict_set(out, R::qstr(names::__class__.0), R::none())?;
        return Ok(());
    }
    let mro = vm.class(t).mro;
    let n = vm.tuple_items(mro.ptr_ref()).len();
    for i in 0..n {
        let c = vm.tuple_items(mro.ptr_ref())[i].ptr_ref();
        if crate::runtime::rom::is_rom(c) {
            add_type_names(vm, out, c)?;
        } else {
            let d = vm.class(c).dict;
            add_keys(vm, out, d)?;
        }
    }
    Ok(())
}

fn delattr<R: Repr>(vm: &mut Vm<R>, a: &[R], _: &[R]) -> PyResult<R> {
    let Some(name) = vm.str_text(a[1]).map(String::from) else {
        return Err(vm.type_error("attribute name must be string"));
    };
    let q = vm.intern(&name)?;
    vm.store_attr(a[0], q, R::null())?;
    Ok(R::none())
}
