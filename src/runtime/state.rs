//! The VM state: the heap, the interned strings, the roots the collector
//! starts from, and the port. One `Vm<R>` runs programs in representation `R`;
//! several can coexist (the host tests run A, C and D side by side).

use super::port::Port;
use super::py_stack::PyStack;
use super::{PyResult, TypeId};
use crate::qstr::QstrPool;
use alloc::boxed::Box;
use mupy_gc::{Heap, HeapConfig, Marker, Roots};
use mupy_reprs::Repr;

/// Sizes a port chooses.
#[derive(Clone, Debug)]
pub struct VmConfig {
    /// Bytes of GC heap.
    pub heap_bytes: usize,
    /// Value words of the Python stack (frames, locals, operands), kept
    /// outside the GC heap.
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
    /// The Python stack: `stack_words` value words outside the heap.
    pub stack: PyStack<R>,
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
    fn new(stack: PyStack<R>) -> Self {
        let none = R::none();
        VmRoots {
            exception: none,
            memory_error: none,
            modules: none,
            main_globals: none,
            stack,
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
        self.stack.trace(m);
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
    /// The lists and dicts whose `repr()` is being written (CPython's
    /// `Py_ReprEnter`), so a container holding itself prints `[...]`.
    /// References only compared, never followed: no rooting needed.
    pub printing: alloc::vec::Vec<u32>,
    /// The frame the interpreter runs (what `globals()` and `locals()` of a
    /// builtin called from it see); null outside Python code.
    pub frame: core::cell::Cell<*mut R>,
    /// Class attribute lookups (see `type_cache`).
    pub type_cache: super::type_cache::TypeCache<R>,
}

impl<R: Repr> Vm<R> {
    /// A VM with a fresh heap of `config.heap_bytes`.
    pub fn new(config: VmConfig, port: Box<dyn Port>) -> PyResult<Self> {
        let heap = Heap::with_capacity(config.heap_bytes, HeapConfig::default());
        Self::with_heap(heap, config, port)
    }

    /// A VM over a given heap, its Python stack from Rust's allocator.
    pub fn with_heap(heap: Heap, config: VmConfig, port: Box<dyn Port>) -> PyResult<Self> {
        let stack = PyStack::owned(config.stack_words);
        Self::with_heap_and_stack(heap, config, port, stack)
    }

    /// A VM over a given heap and Python stack (the MCU passes its static
    /// arena and stack region; `config.stack_words` follows the stack).
    /// Inlined so that the native-stack top it notes is in its caller's
    /// frame, as high as when `with_heap` noted it itself.
    #[inline(always)]
    pub fn with_heap_and_stack(
        heap: Heap,
        mut config: VmConfig,
        port: Box<dyn Port>,
        stack: PyStack<R>,
    ) -> PyResult<Self> {
        config.stack_words = stack.words();
        let mut vm = Vm {
            heap,
            qstrs: QstrPool::new(R::QSTR_LIMIT),
            roots: VmRoots::new(stack),
            port,
            config,
            depth: 0,
            stack_top: 0,
            nesting: 0,
            print_depth: 0,
            printing: alloc::vec::Vec::new(),
            frame: core::cell::Cell::new(core::ptr::null_mut()),
            type_cache: super::type_cache::TypeCache::new(),
        };
        vm.note_stack_top();
        let mem_err = vm.new_exception_instance(TypeId::MemoryError)?;
        vm.roots.memory_error = R::ptr(mem_err);
        crate::vm::init(&mut vm)?;
        Ok(vm)
    }
}
