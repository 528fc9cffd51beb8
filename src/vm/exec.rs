//! Running source text: compile, load, run in `__main__`; and loading the
//! `.py` file of an import through the port (`import.rs` finds it). SyntaxErrors from the compiler become
//! Python SyntaxError exceptions carrying the line, so `print_exception`
//! shows them.

use crate::compile::{CompileConfig, Mode};
use crate::qstr::{names, Interner, Qstr};
use crate::runtime::{PyResult, TypeId, Vm};
use alloc::string::String;
use mupy_reprs::{ObjRef, Repr};

/// Compiles `source` and runs it in `__main__`'s globals. In
/// `Mode::Single` the compiled code prints expression results (REPL).
pub fn exec_source<R: Repr>(
    vm: &mut Vm<R>,
    source: &str,
    filename: &str,
    mode: Mode,
) -> PyResult<R> {
    vm.note_stack_top();
    let temps = vm.roots.temps.len();
    let result = exec_source_inner(vm, source, filename, mode);
    // Temporaries left by a raised exception are dropped here.
    vm.roots.temps.truncate(temps);
    if result.is_err() {
        clear_dead_stack(vm);
    }
    result
}

/// Nulls the Python stack above its top. The collector scans the whole
/// stack block, so frames an exception unwound would otherwise keep what
/// they referenced (a list that filled the heap) alive into the next
/// program.
fn clear_dead_stack<R: Repr>(vm: &mut Vm<R>) {
    for i in vm.stack_top..vm.config.stack_words {
        // SAFETY: `i` is within the stack's `config.stack_words` words, and
        // no live frame lies above `stack_top`.
        unsafe { *vm.stack_word(i) = R::null() };
    }
}

/// Kept out of line so that all its locals (the module's code object among
/// them) sit below the stack top `exec_source` recorded.
#[inline(never)]
fn exec_source_inner<R: Repr>(
    vm: &mut Vm<R>,
    source: &str,
    filename: &str,
    mode: Mode,
) -> PyResult<R> {
    let file = vm.intern(filename)?;
    let cfg = CompileConfig {
        small_int_bits: R::SMALL_INT_BITS,
        ..CompileConfig::default()
    };
    let module = match crate::compile::compile(source, file, mode, &cfg, &mut vm.interner()) {
        Ok(m) => m,
        Err(e) => return Err(raise_compile_error(vm, &e, filename)),
    };
    let code = vm.load_module_code(&module)?;
    drop(module);
    let globals = vm.roots.main_globals;
    run_module_code(vm, code, globals)
}

/// Runs a module's top-level code object with `globals` as its namespace.
pub fn run_module_code<R: Repr>(vm: &mut Vm<R>, code: ObjRef, globals: R) -> PyResult<R> {
    let fun = vm.new_function(code, globals.ptr_ref(), None, None)?;
    vm.call(fun, &[], &[])
}

/// A compile error as a Python SyntaxError (or a subclass of it), with the
/// `(msg, (file, line, column, None))` args CPython gives it.
fn raise_compile_error<R: Repr>(
    vm: &mut Vm<R>,
    e: &crate::compile::CompileError,
    filename: &str,
) -> crate::runtime::Raised {
    let ty = match e.kind {
        crate::compile::ErrorKind::IndentationError => TypeId::IndentationError,
        crate::compile::ErrorKind::TabError => TypeId::TabError,
        crate::compile::ErrorKind::MemoryError => return vm.raise_memory_error(),
        _ => TypeId::SyntaxError,
    };
    let exc = vm.new_exception_with_msg(ty, &e.message);
    match exc {
        Ok(x) => {
            let file = vm.intern(filename).unwrap_or(names::EMPTY);
            let _ = vm.exception_add_traceback(x, file, e.line, names::MODULE_NAME);
            vm.raise(x)
        }
        Err(r) => r,
    }
}

impl<R: Repr> Vm<R> {
    /// Loads the module `name` from the source file `path` (a package's
    /// `__init__.py` when `pkg_dir` is given): registers it in `sys.modules`
    /// first (so circular imports see it), runs it, and unregisters it again
    /// if running fails.
    pub fn load_module_file(
        &mut self,
        name: Qstr,
        path: &str,
        pkg_dir: Option<&str>,
    ) -> PyResult<R> {
        let key = R::qstr(name.0);
        let modules = self.roots.modules;
        let Some(src) = self.port.read_file(path) else {
            let n = String::from(self.qstrs.get(name));
            return Err(crate::raise!(self, ImportError, "no module named '{}'", n));
        };
        let Ok(src) = String::from_utf8(src) else {
            return Err(self.raise_msg(TypeId::SyntaxError, "invalid UTF-8 in module"));
        };
        let m = self.new_module(name)?;
        self.dict_set(modules, key, m)?;
        let r = self.run_module_file(m, &src, path, pkg_dir);
        if r.is_err() {
            let _ = self.map_remove(self.dict_map(modules), key);
        }
        r.map(|()| m)
    }

    fn run_module_file(
        &mut self,
        m: R,
        src: &str,
        path: &str,
        pkg_dir: Option<&str>,
    ) -> PyResult<()> {
        let globals = self.module_globals(m.ptr_ref());
        let file = self.intern(path)?;
        self.dict_set(globals, R::qstr(names::__file__.0), R::qstr(file.0))?;
        if let Some(dir) = pkg_dir {
            let d = self.new_str(dir)?;
            self.dict_set(globals, R::qstr(names::__path__.0), d)?;
        }
        let cfg = CompileConfig {
            small_int_bits: R::SMALL_INT_BITS,
            ..CompileConfig::default()
        };
        let module =
            match crate::compile::compile(src, file, Mode::File, &cfg, &mut self.interner()) {
                Ok(c) => c,
                Err(e) => return Err(raise_compile_error(self, &e, path)),
            };
        let code = self.load_module_code(&module)?;
        drop(module);
        run_module_code(self, code, globals).map(|_| ())
    }
}
