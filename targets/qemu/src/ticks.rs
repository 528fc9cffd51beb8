//! Time for `time.ticks_ms()` and friends: SysTick interrupts once a
//! millisecond and counts; microseconds come from the counter between two
//! interrupts. Also the UART receive interrupt, whose only job is to wake
//! the core from `wfi` when a byte arrives.

use core::sync::atomic::{AtomicU32, Ordering};
use cortex_m::peripheral::syst::SystClkSource;
use cortex_m::peripheral::{NVIC, SYST};
use cortex_m_rt::exception;

/// The mps2-an386 system clock QEMU models (25 MHz).
const CLOCK_HZ: u32 = 25_000_000;
const TICKS_PER_MS: u32 = CLOCK_HZ / 1000;
const TICKS_PER_US: u32 = CLOCK_HZ / 1_000_000;

/// UART0's receive interrupt line on the mps2 boards.
const UART0_RX_IRQ: i16 = 0;
const UART0_INTSTATUS: usize = 0x4000_400c;
const UART0_CTRL: usize = 0x4000_4008;
const CTRL_RX_INT_EN: u32 = 1 << 3;
const INTSTATUS_RX: u32 = 1 << 1;

static MILLIS: AtomicU32 = AtomicU32::new(0);

/// Starts the millisecond tick and the UART wake-up interrupt.
pub fn start(mut syst: SYST) {
    syst.set_clock_source(SystClkSource::Core);
    syst.set_reload(TICKS_PER_MS - 1);
    syst.clear_current();
    syst.enable_interrupt();
    syst.enable_counter();
    // SAFETY: CTRL of UART0, read-modify-write before anything else uses
    // the receive interrupt.
    unsafe {
        let ctrl = core::ptr::read_volatile(UART0_CTRL as *const u32);
        core::ptr::write_volatile(UART0_CTRL as *mut u32, ctrl | CTRL_RX_INT_EN);
    }
    // SAFETY: the handler below only clears the UART's interrupt flag, so
    // unmasking it cannot break a critical section.
    unsafe { NVIC::unmask(Irq(UART0_RX_IRQ as u16)) };
}

pub fn millis() -> u32 {
    MILLIS.load(Ordering::Relaxed)
}

/// Microseconds since boot (wraps after 71 minutes, as ticks_us may).
pub fn micros() -> u64 {
    loop {
        let ms = millis();
        let left = SYST::get_current();
        if ms == millis() {
            let into = (TICKS_PER_MS - 1 - left) / TICKS_PER_US;
            return u64::from(ms) * 1000 + u64::from(into);
        }
    }
}

#[exception]
fn SysTick() {
    MILLIS.fetch_add(1, Ordering::Relaxed);
}

#[exception]
unsafe fn DefaultHandler(irqn: i16) {
    if irqn == UART0_RX_IRQ {
        // SAFETY: INTSTATUS of UART0 is write-one-to-clear; the byte itself
        // stays in DATA for the console to read.
        unsafe { core::ptr::write_volatile(UART0_INTSTATUS as *mut u32, INTSTATUS_RX) };
    }
}

/// An interrupt number for the NVIC API (the board has no PAC).
#[derive(Copy, Clone)]
struct Irq(u16);

// SAFETY: `Irq` holds a device interrupt number below the 32 the mps2
// boards wire up.
unsafe impl cortex_m::interrupt::InterruptNumber for Irq {
    fn number(self) -> u16 {
        self.0
    }
}
