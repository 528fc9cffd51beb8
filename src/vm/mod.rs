//! The VM's entry points for the ports: run source text in `__main__`,
//! print an exception as MicroPython/CPython do, and set up a fresh VM's
//! modules. The interpreter loop is in `interp.rs`, frames in `frame.rs`,
//! code loading in `load.rs`.

// `exec` (running source text: `exec_source`, file imports) needs the
// front end: declare it once `pub mod compile;` is in `lib.rs`.
pub mod exec;
pub mod fast_paths;
pub mod frame;
pub mod import;
pub mod interp;
pub mod load;

use crate::qstr::names;
use crate::runtime::port::Stream;
use crate::runtime::{PyResult, TypeId, Vm};
use alloc::string::String;
use core::fmt::Write;
use mupy_reprs::Repr;

/// Prints `exc` with its traceback in MicroPython's (and CPython's) format:
///
/// ```text
/// Traceback (most recent call last):
///   File "x.py", line 3, in f
/// ValueError: bad
/// ```
pub fn print_exception<R: Repr>(vm: &mut Vm<R>, exc: R, stream: Stream) {
    let out = format_exception(vm, exc);
    vm.port.write(stream, out.as_bytes());
}

/// The text [`print_exception`] prints (for `sys.print_exception` to any stream).
pub fn format_exception<R: Repr>(vm: &mut Vm<R>, exc: R) -> String {
    let mut out = String::new();
    let tb = if vm.builtin_type_of(exc).is_exception() {
        vm.exception_traceback(exc)
    } else {
        R::none()
    };
    if vm.is_exact(tb, TypeId::List) {
        out.push_str("Traceback (most recent call last):\n");
        let n = vm.list_len(tb) / 3;
        for k in (0..n).rev() {
            let (file, line, name) = {
                let t = vm.list_items(tb);
                (t[3 * k], t[3 * k + 1], t[3 * k + 2])
            };
            let file = String::from(vm.str_text(file).unwrap_or("?"));
            let name = String::from(vm.str_text(name).unwrap_or("?"));
            let _ = writeln!(
                out,
                "  File \"{}\", line {}, in {}",
                file,
                vm.int_of(line).unwrap_or(0),
                name
            );
        }
    }
    let name = vm.type_name(exc);
    out.push_str(&name);
    let mut msg = String::new();
    if vm.write_str(&mut msg, exc).is_err() {
        vm.take_exception();
    }
    if !msg.is_empty() {
        out.push_str(": ");
        out.push_str(&msg);
    }
    out.push('\n');
    out
}

/// Sets up a fresh VM: `__main__` and `sys.modules`.
pub fn init<R: Repr>(vm: &mut Vm<R>) -> PyResult<()> {
    let modules = vm.new_dict()?;
    vm.roots.modules = modules;
    let main = vm.new_module(names::__main__)?;
    vm.dict_set(modules, R::qstr(names::__main__.0), main)?;
    vm.roots.main_globals = vm.module_globals(main.ptr_ref());
    Ok(())
}

pub use exec::exec_source;

/// Sets `sys.argv` to `args` (the program path first, as in CPython), and
/// `sys.path[0]` to the program's directory, where its own modules are.
pub fn set_argv<R: Repr>(vm: &mut Vm<R>, args: &[&str]) -> PyResult<()> {
    // An entry into the VM: the lists below are held in this frame while
    // they allocate, so the native-stack scan must reach it.
    vm.note_stack_top();
    let list = vm.new_list(&[])?;
    vm.roots.sys_argv = list;
    for a in args {
        // Called before any entry point has recorded the native stack's
        // top: `s` must wait on the traced temporaries while the list grows.
        let s = vm.new_str(a)?;
        vm.temps_push(s)?;
        let r = vm.list_append(list, s);
        vm.roots.temps.pop();
        r?;
    }
    let path = crate::modules::sys::sys_path(vm)?;
    if let Some(prog) = args.first().filter(|p| p.ends_with(".py")) {
        let dir = prog.rfind('/').map_or("", |i| &prog[..i]);
        let d = vm.new_str(dir)?;
        if vm.list_len(path) > 0 {
            vm.list_items_mut(path)[0] = d;
        }
    }
    Ok(())
}

/// The process exit status a `SystemExit` asks for: `None` → 0, an int → its
/// value, anything else is printed to stderr and gives 1 (CPython's rule).
pub fn system_exit_code<R: Repr>(vm: &mut Vm<R>, exc: R) -> i32 {
    let args = vm.exception_args(exc);
    let items: alloc::vec::Vec<R> = vm.tuple_items(args.ptr_ref()).into();
    let Some(&code) = items.first() else {
        return 0;
    };
    if code.is_none() {
        return 0;
    }
    if let Some(i) = vm.int_of(code) {
        return i as i32;
    }
    let mut text = String::new();
    if vm.write_str(&mut text, code).is_ok() {
        text.push('\n');
        vm.port.write(Stream::Stderr, text.as_bytes());
    }
    1
}
