import { describe, expect, it } from '@jest/globals'
import { canonicalSkill, detectSkills, SKILLS } from '../../src/skills.js'

describe('canonicalSkill', () => {
  it.each([
    ['node', 'nodejs'],
    ['Node.js', 'nodejs'],
    ['NodeJS', 'nodejs'],
    ['golang', 'go'],
    ['Go', 'go'],
    ['postgres', 'postgresql'],
    ['K8s', 'kubernetes'],
    ['C#', 'c#'],
    ['csharp', 'c#'],
    ['cpp', 'c++'],
    ['dotnet', '.net'],
    ['REST', 'api'],
    ['Mongo', 'mongodb'],
    ['ML', 'machine-learning'],
    ['  Machine   Learning ', 'machine-learning']
  ])('merges %s into %s', (name, skill) => {
    expect(canonicalSkill(name)).toBe(skill)
  })

  it('lower-cases a name the table does not know', () => {
    expect(canonicalSkill('Erlang/OTP')).toBe('erlang/otp')
  })
})

describe('detectSkills', () => {
  it('matches whole words only: "javascript" is not "java"', () => {
    expect(detectSkills('Senior JavaScript Developer')).toEqual(['javascript'])
    expect(detectSkills('Java and JavaScript')).toEqual(['java', 'javascript'])
  })

  it('merges aliases and counts each skill once, in order of first mention', () => {
    expect(detectSkills('Node.js / TypeScript, node, NodeJS, PYTHON and python3')).toEqual([
      'nodejs',
      'typescript',
      'python'
    ])
  })

  it('finds names made of symbols', () => {
    expect(detectSkills('C#/.NET, C++ and ASP.NET; CI/CD.')).toEqual(['c#', '.net', 'c++', 'ci/cd'])
  })

  it('finds skills of several words', () => {
    expect(detectSkills('Ruby on Rails, Machine Learning, Spring Boot')).toEqual([
      'rails',
      'machine-learning',
      'spring'
    ])
  })

  it('finds go from golang', () => {
    expect(detectSkills('Golang engineer')).toEqual(['go'])
  })

  it.each([
    'Backend Developer (Go)',
    'Python/Go',
    'Go Engineer',
    'experience in Go',
    'Go, Rust or C++'
  ])('finds go in a technical context: %s', text => {
    expect(detectSkills(text)).toContain('go')
  })

  it.each(['Ready to go', 'Go-to-market Lead', 'Go above and beyond', 'GO TEAM', 'Let us go, now'])(
    'does not count the English word: %s',
    text => {
      expect(detectSkills(text)).not.toContain('go')
    }
  )

  it('counts words that are also plain English only in their technical spelling', () => {
    expect(detectSkills('we react fast and rest well')).toEqual([])
    expect(detectSkills('React and REST')).toEqual(['react', 'api'])
  })

  it('does not match inside longer words or dotted names', () => {
    expect(detectSkills('javascripting, gopher, pythonic, postgresql, mysql')).toEqual([
      'postgresql',
      'mysql'
    ])
    expect(detectSkills('Node.js')).toEqual(['nodejs'])
  })

  it('takes a hyphen as the end of a word', () => {
    expect(detectSkills('Java-based, AWS-hosted')).toEqual(['java', 'aws'])
  })

  it('allows a sentence-ending dot after a name', () => {
    expect(detectSkills('We use Java. And Node.js.')).toEqual(['java', 'nodejs'])
  })

  it('detects every canonical name and alias of the table as its skill', () => {
    for (const { skill, aliases = [], exactCase = [], inContext = [] } of SKILLS) {
      const spellings = [...aliases, ...exactCase, ...inContext.map(word => `(${word})`)]
      if (exactCase.length === 0 && inContext.length === 0) spellings.push(skill)
      for (const spelling of spellings)
        expect([spelling, detectSkills(`with ${spelling} daily`)]).toEqual([spelling, [skill]])
    }
  })
})
