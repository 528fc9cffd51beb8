//! The `sys` module: the program's arguments and search path, the module
//! cache, version facts, the console streams, `exit` and `print_exception`.
//! `argv`, `path` and `modules` are heap objects in the VM's roots, and
//! `platform` comes from the port, so they are answered by [`dynamic_attr`];
//! everything else is ROM.

use super::Module;
use crate::natives;
use crate::qstr::{names, Qstr};
use crate::runtime::natives::area;
use crate::runtime::port::Stream;
use crate::runtime::rom::{rom_ref, Region};
use crate::runtime::value::RomValue;
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::Repr;

natives! { area::SYS;
    EXIT exit(0, 1) => sys_exit;
    PRINT_EXCEPTION print_exception(1, 2, kw) => sys_print_exception;
}

/// The version of Python whose semantics mupy follows, as MicroPython states it.
const PY_VERSION: (i32, i32, i32) = (3, 4, 0);
/// mupy's own version (`sys.implementation.version`).
const VERSION: (i32, i32, i32) = (0, 1, 0);
/// The `.mpy` format version of the bytecode (v6, as MicroPython 1.20+).
const MPY_VERSION: i32 = 6;

pub static MODULE: Module = Module {
    name: names::sys,
    attrs: &[
        (names::exit, rv(Idx::EXIT)),
        (names::print_exception, rv(Idx::PRINT_EXCEPTION)),
        (names::byteorder, RomValue::Str(names::little)),
        (names::stdin, RomValue::Obj(super::stream::STDIN_REF)),
        (names::stdout, RomValue::Obj(super::stream::STDOUT_REF)),
        (names::stderr, RomValue::Obj(super::stream::STDERR_REF)),
        (
            names::implementation,
            RomValue::Obj(rom_ref(Region::Module, 1)),
        ),
    ],
};

/// `sys.implementation`: a ROM namespace (its index in `MODULES` is 1).
pub static IMPLEMENTATION: Module = Module {
    name: names::implementation,
    attrs: &[
        (names::name, RomValue::Str(names::mupy)),
        (names::_mpy, RomValue::Int(MPY_VERSION)),
    ],
};

/// Attributes of `sys` made from VM state.
pub fn dynamic_attr<R: Repr>(vm: &mut Vm<R>, name: Qstr) -> PyResult<Option<R>> {
    Ok(Some(match name {
        names::argv => {
            if vm.roots.sys_argv.is_none() {
                vm.roots.sys_argv = vm.new_list(&[])?;
            }
            vm.roots.sys_argv
        }
        names::path => sys_path(vm)?,
        names::modules => vm.roots.modules,
        names::platform => {
            let p = alloc::string::String::from(vm.port.platform());
            vm.new_str(&p)?
        }
        names::maxsize => {
            // The largest machine-word int, as MicroPython's `mp_int_t`.
            let bits = R::WORD_BYTES * 8 - 1;
            vm.new_int_i128((1i128 << bits) - 1)?
        }
        names::version => {
            let (a, b, c) = PY_VERSION;
            let (x, y, z) = VERSION;
            let s = alloc::format!("{a}.{b}.{c}; mupy {x}.{y}.{z}");
            vm.new_str(&s)?
        }
        names::version_info => version_tuple(vm, PY_VERSION)?,
        _ => return Ok(None),
    }))
}

/// Attributes of `sys.implementation` made at run time.
pub fn implementation_attr<R: Repr>(vm: &mut Vm<R>, name: Qstr) -> PyResult<Option<R>> {
    match name {
        names::version => Ok(Some(version_tuple(vm, VERSION)?)),
        _ => Ok(None),
    }
}

fn version_tuple<R: Repr>(vm: &mut Vm<R>, v: (i32, i32, i32)) -> PyResult<R> {
    let items = [v.0, v.1, v.2].map(|i| R::small_int(i as i64).unwrap_or(R::none()));
    vm.new_tuple(&items)
}

/// `sys.path`, made on first use: `['']` (the current directory), with the
/// program's directory first once `vm::set_argv` has run.
pub fn sys_path<R: Repr>(vm: &mut Vm<R>) -> PyResult<R> {
    if vm.roots.sys_path.is_none() {
        let empty = R::qstr(names::EMPTY.0);
        vm.roots.sys_path = vm.new_list(&[empty])?;
    }
    Ok(vm.roots.sys_path)
}

/// `sys.exit([code])`: raises `SystemExit(code)` (`SystemExit()` for `None`,
/// as CPython).
fn sys_exit<R: Repr>(vm: &mut Vm<R>, args: &[R], _: &[R]) -> PyResult<R> {
    let args = if args.first().is_some_and(|a| a.is_none()) {
        &[]
    } else {
        args
    };
    let t = vm.new_tuple(args)?;
    let e = vm.new_exception_of(TypeId::SystemExit.rom_ref(), t)?;
    Err(vm.raise(R::ptr(e)))
}

/// `sys.print_exception(exc, file=sys.stdout)`.
fn sys_print_exception<R: Repr>(vm: &mut Vm<R>, args: &[R], kw: &[R]) -> PyResult<R> {
    let file = args
        .get(1)
        .copied()
        .or_else(|| crate::builtins::kwarg(kw, names::file));
    if !vm.builtin_type_of(args[0]).is_exception() {
        return Err(vm.type_error("print_exception() arg must be an exception"));
    }
    let stream = match file {
        None => Stream::Stdout,
        Some(f) => match super::stream::stream_of(vm, f) {
            Some(s) => s,
            None => {
                // Any object with a `write` method takes the text.
                let text = crate::vm::format_exception(vm, args[0]);
                let s = vm.new_str(&text)?;
                vm.call_method(f, names::write, &[s])?;
                return Ok(R::none());
            }
        },
    };
    crate::vm::print_exception(vm, args[0], stream);
    Ok(R::none())
}
