//! The VM state: the heap, the interned strings, the roots the collector
//! starts from, and the port. One `Vm<R>` runs programs in representation `R`;
//! several can coexist (the host tests run A, C and D side by side).

use super::heap::ALLOC_DEFAULT;
use super::port::Port;
use super::{PyResult, TypeId};
use crate::qstr::QstrPool;
use alloc::boxed::Box;
use mupy_gc::{Heap, HeapConfig, Marker, Roots};
use mupy_reprs::Repr;

/// Sizes a port chooses.
#[derive(Clone, Debug)]
pub struct VmConfig {
    /// Bytes of GC heap (the Python stack is carved from it).
    pub heap_bytes: usize,
    /// Value words of the Python stack (frames, locals, operands).
    pub stack_words: usize,
    /// Python call depth at which `RuntimeError: maximum recursion depth exceeded`.
    pub max_depth: u32,
}

impl Default for VmConfig {
    fn default() -> Self {
        VmConfig {
            heap_bytes: 2 * 1024 * 1024,
            stack_words: 16 * 1024,
            max_depth: 1000,
        }
    }
}

/// Everything the collector must treat as live, apart from the native stack.
pub struct VmRoots<R: Repr> {
    /// The exception being propagated (meaningful while a `Raised` travels).
    pub exception: R,
    /// Pre-allocated, so a full heap can still raise `MemoryError`.
    pub memory_error: R,
    /// `sys.modules`.
    pub modules: R,
    /// Globals dict of `__main__`.
    pub main_globals: R,
    /// The Python stack: one heap block of `stack_words` value words.
    pub stack: R,
    /// `sys.path`, `sys.argv`.
    pub sys_path: R,
    pub sys_argv: R,
    /// Values pinned by Rust code across allocations, beyond what the
    /// conservative native-stack scan already guarantees (for handles that
    /// outlive one call, e.g. the REPL's last result).
    pub pinned: [R; 8],
    /// Values Rust code collects while it allocates (the items of a zip
    /// step, a call's arguments being built): a `Vec` in Rust's allocator is
    /// invisible to the collector, this one is traced. Users push, and
    /// truncate back to the length they found (`Vm::temps_*`).
    pub temps: alloc::vec::Vec<R>,
}

impl<R: Repr> VmRoots<R> {
    fn new() -> Self {
        let none = R::none();
        VmRoots {
            exception: none,
            memory_error: none,
            modules: none,
            main_globals: none,
            stack: none,
            sys_path: none,
            sys_argv: none,
            pinned: [none; 8],
            temps: alloc::vec::Vec::new(),
        }
    }

    fn each(&self, mut f: impl FnMut(R)) {
        for v in [
            self.exception,
            self.memory_error,
            self.modules,
            self.main_globals,
            self.stack,
            self.sys_path,
            self.sys_argv,
        ] {
            f(v);
        }
        self.pinned.iter().for_each(|&v| f(v));
        self.temps.iter().for_each(|&v| f(v));
    }
}

impl<R: Repr> Roots for VmRoots<R> {
    fn trace(&self, m: &mut Marker<'_>) {
        self.each(|v| {
            if v.is_ptr() {
                m.mark(v.ptr_ref().0);
            }
        });
        m.scan_native_stack();
    }
}

/// One Python virtual machine in representation `R`.
pub struct Vm<R: Repr> {
    pub heap: Heap,
    pub qstrs: QstrPool,
    pub roots: VmRoots<R>,
    pub port: Box<dyn Port>,
    pub config: VmConfig,
    /// Current Python call depth.
    pub depth: u32,
    /// First free word of the Python stack (frames are pushed here).
    pub stack_top: usize,
    /// Rust-level nesting of the interpreter loop (see `vm::interp::MAX_NESTING`).
    pub nesting: u32,
    /// Nesting of `repr()` of containers (bounds native recursion).
    pub print_depth: u32,
    /// The frame the interpreter runs (what `globals()` and `locals()` of a
    /// builtin called from it see); null outside Python code.
    pub frame: core::cell::Cell<*mut R>,
}

impl<R: Repr> Vm<R> {
    /// A VM with a fresh heap of `config.heap_bytes`.
    pub fn new(config: VmConfig, port: Box<dyn Port>) -> PyResult<Self> {
        let heap = Heap::with_capacity(config.heap_bytes, HeapConfig::default());
        Self::with_heap(heap, config, port)
    }

    /// A VM over a given heap (the MCU passes its static arena).
    pub fn with_heap(heap: Heap, config: VmConfig, port: Box<dyn Port>) -> PyResult<Self> {
        let mut vm = Vm {
            heap,
            qstrs: QstrPool::new(R::QSTR_LIMIT),
            roots: VmRoots::new(),
            port,
            config,
            depth: 0,
            stack_top: 0,
            nesting: 0,
            print_depth: 0,
            frame: core::cell::Cell::new(core::ptr::null_mut()),
        };
        vm.note_stack_top();
        let stack_bytes = vm.config.stack_words * R::WORD_BYTES;
        let stack = vm.alloc_raw(stack_bytes, ALLOC_DEFAULT)?;
        vm.roots.stack = R::ptr(stack);
        let mem_err = vm.new_exception_instance(TypeId::MemoryError)?;
        vm.roots.memory_error = R::ptr(mem_err);
        crate::vm::init(&mut vm)?;
        Ok(vm)
    }
}
