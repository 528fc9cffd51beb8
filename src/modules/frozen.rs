//! Frozen modules: Python modules compiled into the image as `.mpy` v6
//! files (`frozen/*.py`, compiled by `cargo xtask freeze` into
//! `frozen/*.mpy` and listed in the generated `frozen_list.rs`). `import`
//! finds them after the builtin modules and before files.
//!
//! Loading reads the `.mpy` (qstrs interned, operands relinked to the
//! running VM's ids), turns it into code objects on the heap and runs it
//! as a new module, as a `.py` import does, without the compiler.

use crate::qstr::{names, Qstr};
use crate::runtime::{PyResult, TypeId, Vm};
use mupy_reprs::Repr;

pub use super::frozen_list::FROZEN;

/// The `.mpy` of frozen module `name`.
/// Without the `frozen` feature there are none, and the `.mpy` reader
/// drops out of the image with them.
pub fn find(name: &str) -> Option<&'static [u8]> {
    if !cfg!(feature = "frozen") {
        return None;
    }
    FROZEN.iter().find(|(n, _)| *n == name).map(|&(_, b)| b)
}

/// Imports frozen module `name` (registered in `sys.modules` while it
/// runs, removed again if running fails).
pub fn load<R: Repr>(vm: &mut Vm<R>, name: Qstr, mpy: &[u8]) -> PyResult<R> {
    let mut failed = false;
    let read = mupy_emitters::mpy::read(mpy, &mut |s| match vm.intern(s) {
        Ok(q) => q.0,
        Err(_) => {
            failed = true;
            0
        }
    });
    if failed {
        vm.take_exception();
        return Err(vm.raise_memory_error());
    }
    let mut module = match read {
        Ok(m) => m,
        Err(_) => return Err(vm.raise_msg(TypeId::ImportError, "corrupt frozen module")),
    };
    if mupy_emitters::mpy::to_global_qstrs(&mut module).is_err() {
        return Err(vm.raise_msg(TypeId::ImportError, "corrupt frozen module"));
    }
    let code = vm.load_module_code(&module)?;
    drop(module);
    let key = R::qstr(name.0);
    let modules = vm.roots.modules;
    let m = vm.new_module(name)?;
    vm.dict_set(modules, key, m)?;
    let globals = vm.module_globals(m.ptr_ref());
    let r = vm
        .dict_set(
            globals,
            R::qstr(names::__file__.0),
            R::qstr(module_file(vm, code)),
        )
        .and_then(|()| crate::vm::exec::run_module_code(vm, code, globals));
    if r.is_err() {
        let _ = vm.map_remove(vm.dict_map(modules), key);
    }
    r.map(|_| m)
}

/// The source file name the module's code object records.
fn module_file<R: Repr>(vm: &Vm<R>, code: mupy_reprs::ObjRef) -> u32 {
    vm.code(code).file
}
