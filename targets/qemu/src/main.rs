//! mupy firmware for QEMU's mps2-an386 board (Cortex-M4F): the REPL, raw
//! REPL and raw-paste mode on UART0, one image per object representation.
//!
//! Boot: UART, SysTick, scratch heap; then the soft-reset loop: build a VM
//! over the static GC arena, run the REPL until Ctrl-D (or `SystemExit`),
//! drop the VM, print `MPY: soft reboot`, start again in the same REPL
//! mode (a board in raw REPL comes back in raw REPL, as `mpremote` expects).
#![no_std]
#![no_main]

extern crate alloc;

mod console;
#[cfg(feature = "coverage")]
mod coverage;
mod exec;
mod memory;
mod panic;
mod port;
mod repr;
#[cfg(feature = "semihosting-fs")]
mod semihosting;
mod ticks;
mod uart;

use alloc::boxed::Box;
use alloc::format;
use console::Console;
use cortex_m_rt::entry;
use mupy::repl::{ReplExit, ReplMode};
use mupy::runtime::py_stack::PyStack;
use mupy::runtime::{Vm, VmConfig};
use mupy_gc::{Heap, HeapConfig};
use mupy_reprs::Repr;
use port::BoardPort;
use repr::Word;
use uart::Uart;

/// Only a bound of last resort: the Python stack runs out first and
/// raises the same `RuntimeError: maximum recursion depth exceeded`.
const MAX_DEPTH: u32 = 1000;

#[entry]
fn main() -> ! {
    memory::paint_stack();
    let uart = Uart::init();
    let Some(core) = cortex_m::Peripherals::take() else {
        panic!("peripherals taken twice");
    };
    ticks::start(core.SYST);
    memory::init_scratch();
    // Everything above this frame is the reset handler: the collector's
    // conservative scan of the native stack stops here.
    let stack_top = cortex_m::register::msp::read() as usize;
    let banner = format!(
        "mupy {}; mps2-an386 with repr {}",
        mupy::VERSION,
        <Word as Repr>::NAME
    );
    let mut mode = ReplMode::Friendly;
    loop {
        // SAFETY: the VM of the previous round (its heap and stack) was
        // dropped at the end of the loop body.
        let (arena, stack) = unsafe { (memory::gc_arena(), memory::py_stack()) };
        let mut heap = Heap::from_static(arena, HeapConfig::default());
        heap.set_stack_top(stack_top);
        let config = VmConfig {
            heap_bytes: memory::GC_ARENA_BYTES,
            stack_words: memory::PY_STACK_WORDS,
            max_depth: MAX_DEPTH,
        };
        let port = Box::new(BoardPort::new(uart));
        let mut vm = match Vm::<Word>::with_heap_and_stack(heap, config, port, PyStack::lent(stack))
        {
            Ok(vm) => vm,
            Err(_) => panic!("GC arena too small to start the VM"),
        };
        let exit = {
            let mut console = Console {
                vm: &mut vm,
                uart,
                banner: &banner,
            };
            mupy::repl::run(&mut console, &mut mode)
        };
        drop(vm);
        #[cfg(feature = "coverage")]
        coverage::dump();
        match exit {
            ReplExit::SoftReset | ReplExit::Exit(_) | ReplExit::Eof => {
                uart.write(b"MPY: soft reboot\r\n");
            }
        }
    }
}
