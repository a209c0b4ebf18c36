import { HttpException } from '@nestjs/common';
import { LoginThrottle, MAX_FAILURES, WINDOW_MS } from './login-throttle';

describe('LoginThrottle', () => {
  it('refuses a login after ten failures within the window, and lets it in again after the window', () => {
    let now = 1_000_000;
    const throttle = new LoginThrottle(() => now);
    const keys = ['login:analyst', 'ip:10.0.0.1'];
    for (let i = 0; i < MAX_FAILURES; i++) {
      throttle.assertAllowed(keys);
      throttle.fail(keys);
      now += 1000;
    }
    expect(() => throttle.assertAllowed(keys)).toThrow(HttpException);
    expect(() => throttle.assertAllowed(['login:other', 'ip:10.0.0.1'])).toThrow(HttpException);
    expect(() => throttle.assertAllowed(['login:other', 'ip:10.0.0.2'])).not.toThrow();
    now += WINDOW_MS;
    expect(() => throttle.assertAllowed(keys)).not.toThrow();
  });

  it('forgets a login’s failures once it signs in', () => {
    const throttle = new LoginThrottle(() => 0);
    for (let i = 0; i < MAX_FAILURES - 1; i++) throttle.fail(['login:a']);
    throttle.succeed('login:a');
    throttle.fail(['login:a']);
    expect(() => throttle.assertAllowed(['login:a'])).not.toThrow();
  });
});
