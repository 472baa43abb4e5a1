import { describe, expect, it } from 'vitest';
import { sdgs } from './enums';
import { sdgGoal, sdgGoals, sdgTarget, sdgTargets } from './sdg';

describe('the SDG catalogue', () => {
  it('holds the 17 goals in order, each titled in Swedish and English', () => {
    expect(sdgGoals.map((g) => g.number)).toEqual(sdgs);
    expect(sdgGoals.map((g) => g.number)).toEqual(Array.from({ length: 17 }, (_, i) => i + 1));
    for (const goal of sdgGoals) {
      expect(goal.title.sv.trim(), `goal ${goal.number} sv`).not.toBe('');
      expect(goal.title.en.trim(), `goal ${goal.number} en`).not.toBe('');
    }
    expect(new Set(sdgGoals.map((g) => g.title.sv)).size).toBe(17);
    expect(new Set(sdgGoals.map((g) => g.title.en)).size).toBe(17);
  });

  it('titles the framework goals as Globala målen and the UN do', () => {
    expect(sdgGoal(11)?.title).toEqual({
      sv: 'Hållbara städer och samhällen',
      en: 'Sustainable cities and communities',
    });
    expect(sdgGoal(5)?.title.sv).toBe('Jämställdhet');
    expect(sdgGoal(8)?.title.sv).toBe('Anständiga arbetsvillkor och ekonomisk tillväxt');
    expect(sdgGoal(10)?.title.sv).toBe('Minskad ojämlikhet');
    expect(sdgGoal(16)?.title.sv).toBe('Fredliga och inkluderande samhällen');
    expect(sdgGoal(18)).toBeUndefined();
  });

  it('holds each target once, under its own goal, worded in both languages', () => {
    const codes = sdgTargets.map((t) => t.code);
    expect(new Set(codes).size).toBe(codes.length);
    for (const target of sdgTargets) {
      expect(target.code).toMatch(/^\d{1,2}\.(\d{1,2}|[a-c])$/);
      expect(Number(target.code.split('.')[0]), target.code).toBe(target.goal);
      expect(sdgGoal(target.goal), target.code).toBeDefined();
      expect(target.text.sv.trim(), `${target.code} sv`).not.toBe('');
      expect(target.text.en.trim(), `${target.code} en`).not.toBe('');
      expect(target.text.sv).not.toBe(target.text.en);
    }
  });

  it('holds the targets the framework names', () => {
    for (const code of [
      '3.4',
      '5.1',
      '5.5',
      '8.5',
      '8.6',
      '8.8',
      '10.2',
      '10.3',
      '11.1',
      '11.3',
      '11.7',
      '16.1',
    ])
      expect(sdgTarget(code), code).toBeDefined();
    expect(sdgTarget('11.7')?.text.en).toMatch(/^By 2030, provide universal access to safe, inclusive/);
    expect(sdgTarget('11.7')?.text.sv).toMatch(/grönområden och offentliga platser/);
    expect(sdgTarget('99.9')).toBeUndefined();
  });
});
