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
mod exec;
mod memory;
mod panic;
mod port;
mod repr;
mod ticks;
mod uart;

use alloc::boxed::Box;
use alloc::format;
use console::Console;
use cortex_m_rt::entry;
use mupy::repl::{ReplExit, ReplMode};
use mupy::runtime::{Vm, VmConfig};
use mupy_gc::{Heap, HeapConfig};
use mupy_reprs::Repr;
use port::BoardPort;
use repr::Word;
use uart::Uart;

/// Bytes of the Python stack (frames, locals, operands), carved from the
/// GC arena: the same bytes whatever the word size.
const PY_STACK_BYTES: usize = 8 * 1024;
/// Python call depth before `RuntimeError`; a frame of a small function
/// takes about 40 bytes of Python stack, so 8 KiB holds this many.
const MAX_DEPTH: u32 = 200;

#[entry]
fn main() -> ! {
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
        // SAFETY: the VM of the previous round (and its heap) was dropped
        // at the end of the loop body.
        let arena = unsafe { memory::gc_arena() };
        let mut heap = Heap::from_static(arena, HeapConfig::default());
        heap.set_stack_top(stack_top);
        let config = VmConfig {
            heap_bytes: memory::GC_ARENA_BYTES,
            stack_words: PY_STACK_BYTES / <Word as Repr>::WORD_BYTES,
            max_depth: MAX_DEPTH,
        };
        let port = Box::new(BoardPort::new(uart));
        let mut vm = match Vm::<Word>::with_heap(heap, config, port) {
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
        match exit {
            ReplExit::SoftReset | ReplExit::Exit(_) | ReplExit::Eof => {
                uart.write(b"MPY: soft reboot\r\n");
            }
        }
    }
}
