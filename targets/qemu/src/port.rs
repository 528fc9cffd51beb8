//! The VM's view of the board: console bytes on UART0 (output "cooked",
//! `\n` sent as `\r\n` as on MicroPython's boards), time from SysTick,
//! Ctrl-C noticed while a program runs; files for `import` from the host
//! through semihosting (feature `semihosting-fs`).

use crate::ticks;
use crate::uart::Uart;
use alloc::collections::VecDeque;
use mupy::runtime::port::{Port, Stream};

/// Bytes typed while a program runs, kept for the REPL after it; a
/// terminal pasting faster than this is flow-controlled by the UART.
const TYPE_AHEAD: usize = 64;
/// Backward jumps between two looks at the UART for Ctrl-C: often enough
/// to stop a loop at once, rare enough to cost nothing.
const INTERRUPT_POLL: u32 = 256;

pub struct BoardPort {
    uart: Uart,
    type_ahead: VecDeque<u8>,
    poll: u32,
}

impl BoardPort {
    pub fn new(uart: Uart) -> BoardPort {
        BoardPort {
            uart,
            type_ahead: VecDeque::new(),
            poll: 0,
        }
    }
}

/// Blocks until a byte arrives, sleeping between interrupts.
pub fn read_blocking(uart: Uart) -> u8 {
    loop {
        // Masked, so a byte arriving between the check and `wfi` still
        // wakes the core (a pending interrupt ends `wfi` even when masked).
        cortex_m::interrupt::disable();
        let byte = uart.try_read();
        if byte.is_none() {
            cortex_m::asm::wfi();
        }
        // SAFETY: re-enables what was disabled just above; no critical
        // section spans this loop.
        unsafe { cortex_m::interrupt::enable() };
        if let Some(b) = byte {
            return b;
        }
    }
}

/// Writes `bytes` with each `\n` sent as `\r\n`.
pub fn write_cooked(uart: Uart, bytes: &[u8]) {
    for line in bytes.split_inclusive(|&b| b == b'\n') {
        match line.split_last() {
            Some((b'\n', head)) => {
                uart.write(head);
                uart.write(b"\r\n");
            }
            _ => uart.write(line),
        }
    }
}

impl Port for BoardPort {
    fn write(&mut self, _stream: Stream, bytes: &[u8]) {
        write_cooked(self.uart, bytes);
    }

    fn read_byte(&mut self) -> Option<u8> {
        Some(match self.type_ahead.pop_front() {
            Some(b) => b,
            None => read_blocking(self.uart),
        })
    }

    fn ticks_ms(&self) -> u64 {
        u64::from(ticks::millis())
    }

    fn ticks_us(&self) -> u64 {
        ticks::micros()
    }

    fn sleep_ms(&mut self, ms: u64) {
        let start = self.ticks_ms();
        while self.ticks_ms().wrapping_sub(start) < ms {
            cortex_m::asm::wfi();
        }
    }

    fn take_interrupt(&mut self) -> bool {
        self.poll += 1;
        if self.poll < INTERRUPT_POLL {
            return false;
        }
        self.poll = 0;
        while self.type_ahead.len() < TYPE_AHEAD {
            match self.uart.try_read() {
                Some(mupy::repl::ctrl::C) => {
                    self.type_ahead.clear();
                    return true;
                }
                Some(b) => self.type_ahead.push_back(b),
                None => break,
            }
        }
        false
    }

    #[cfg(feature = "semihosting-fs")]
    fn read_file(&mut self, path: &str) -> Option<alloc::vec::Vec<u8>> {
        crate::semihosting::read_file(path)
    }

    #[cfg(feature = "semihosting-fs")]
    fn is_dir(&mut self, path: &str) -> bool {
        crate::semihosting::is_package_dir(path)
    }
}
