import { createRequire as __createRequire } from 'node:module'; let __nodeRequire; const require = id => (__nodeRequire ??= __createRequire(import.meta.url))(id);

// src/time.ts
function timeOf(value) {
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? void 0 : value.getTime();
  if (typeof value === "number") return fromNumber(value);
  if (typeof value !== "string") return void 0;
  const text = value.trim();
  const short = text.length <= LONGEST_DATE;
  const iso = short ? isoTime(text) : void 0;
  if (iso !== void 0) return iso;
  if (UNIX_TIME.test(text)) return fromNumber(Number(text));
  if (!short || !DIGIT.test(text)) return void 0;
  return rfc2822Time(text) ?? namedMonthTime(text) ?? zonedIsoTime(text) ?? yearLastTime(text) ?? unpaddedIsoTime(text) ?? dottedDayTime(text) ?? basicIsoTime(text) ?? dotNetTime(text);
}
var WrittenDay = class extends Date {
};
function whenOf(value) {
  if (value instanceof WrittenDay) return value;
  const time = timeOf(value);
  return time !== void 0 && isDayWithoutTime(value) ? new WrittenDay(time) : time;
}
function isDayWithoutTime(value) {
  if (typeof value === "number") return isDayNumber(value);
  if (typeof value !== "string") return false;
  const text = value.trim();
  if (UNIX_TIME.test(text)) return isDayNumber(Number(text));
  if (YEAR_FIRST_DAY.test(text)) return true;
  const dotted = DOTTED_DAY.exec(text);
  if (dotted) return dotted[4] === void 0;
  const named = NAMED_MONTH.exec(text);
  return named !== null && named[10] === void 0;
}
var YEAR_FIRST_DAY = /^\d{4}([-/.])\d{1,2}\1\d{1,2}$/;
function isDayNumber(number) {
  return Number.isInteger(number) && number >= 19000101 && number <= 21991231;
}
function writtenDate(text) {
  const yearFirst = YEAR_FIRST.exec(text);
  if (yearFirst)
    return { year: Number(yearFirst[1]), month: Number(yearFirst[3]), day: Number(yearFirst[4]) };
  const dotted = DOTTED_DAY.exec(text);
  if (dotted) return { year: Number(dotted[3]), month: Number(dotted[2]), day: Number(dotted[1]) };
  const named = NAMED_MONTH.exec(text);
  if (!named) return void 0;
  const [, dayFirst, monthSecond, yearThird, monthFirst, daySecond, yearLast] = named;
  const [dayDashed, monthDashed, yearDashed] = named.slice(7);
  const monthName = monthSecond ?? monthFirst ?? monthDashed ?? "";
  return {
    year: Number(yearThird ?? yearLast ?? fullYear(yearDashed)),
    month: MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1,
    day: Number(dayFirst ?? daySecond ?? dayDashed)
  };
}
var YEAR_FIRST = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T ]|$)/i;
function unpaddedIsoTime(text) {
  const found = UNPADDED_ISO.exec(text);
  if (!found) return void 0;
  const [, year, between, month, day, time] = found;
  const [, separator, hour, rest] = /^([T ])(\d{1,2})(:.*)$/i.exec(time ?? "") ?? [];
  const clock = separator === void 0 ? "" : `${separator}${hour.padStart(2, "0")}${rest}`;
  const padded = `${year}${between}${month.padStart(2, "0")}${between}${day.padStart(2, "0")}`;
  return isoTime(`${padded}${clock}`);
}
var UNPADDED_ISO = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})([T ]\d{1,2}:.*)?$/i;
function dottedDayTime(text) {
  const found = DOTTED_DAY.exec(text);
  if (!found) return void 0;
  const [, day, month, year, hour, minute, second] = found;
  const date = `${year}-${month.padStart(2, "0")}-${day.padStart(2, "0")}`;
  const clock = hour === void 0 ? "" : `T${hour.padStart(2, "0")}:${minute}${second ? `:${second}` : ""}`;
  return isoTime(`${date}${clock}`);
}
var DOTTED_DAY = /^(\d{1,2})\.(\d{1,2})\.(\d{4})(?:,? (\d{1,2}):(\d{2})(?::(\d{2}))?)?$/;
function basicIsoTime(text) {
  const found = BASIC_ISO.exec(text);
  if (!found) return void 0;
  const [, year, month, day, hour, minute, second, fraction, zone] = found;
  const seconds = second === void 0 ? "" : `:${second}${fraction ?? ""}`;
  return isoTime(`${year}-${month}-${day}T${hour}:${minute}${seconds}${zone ?? ""}`);
}
var BASIC_ISO = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(?:(\d{2})([.,]\d+)?)?(Z|[+-]\d{2}(?:\d{2})?)?$/i;
function dotNetTime(text) {
  const found = DOT_NET_DATE.exec(text);
  return found ? Number(found[1]) : void 0;
}
var DOT_NET_DATE = /^\/Date\((-?\d+)(?:[+-]\d{4})?\)\/$/;
var LONGEST_DATE = 120;
var DIGIT = /\d/;
function zonedIsoTime(text) {
  const found = ZONED_ISO.exec(text);
  return found ? isoTime(`${found[1]}${found[2]}`) : void 0;
}
var ZONED_ISO = /^(\d{4}[-/.]\d{2}[-/.]\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?) ?(Z|[+-]\d{2}(?::?\d{2})?)(?:\[[^\]]*\]| \([^()]*\)|(?: (?:[a-z][\w/+-]*|[+-]\d{2,4})){1,2})?(?: m=[+-]\d+(?:\.\d+)?)?$/i;
function yearLastTime(text) {
  const found = YEAR_LAST.exec(text);
  if (!found) return void 0;
  const [, month, day, hour, minute, second, zone, year] = found;
  const local = utc(
    Number(year),
    MONTHS.indexOf(month.slice(0, 3).toLowerCase()) + 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second),
    0
  );
  return zone ? inZone(local, zoneMinutes(zone.toUpperCase())) : local;
}
function namedMonthTime(text) {
  const found = NAMED_MONTH.exec(text);
  if (!found) return void 0;
  const [, dayFirst, monthSecond, yearThird, monthFirst, daySecond, yearLast] = found;
  const [dayDashed, monthDashed, yearDashed] = found.slice(7);
  const [hourText, minute, second, half, offset] = found.slice(10);
  const monthName = monthSecond ?? monthFirst ?? monthDashed ?? "";
  const month = MONTHS.indexOf(monthName.slice(0, 3).toLowerCase()) + 1;
  let hour = Number(hourText ?? 0);
  if (half) {
    if (hour < 1 || hour > 12) return void 0;
    hour = hour % 12 + (half.toLowerCase() === "pm" ? 12 : 0);
  }
  const local = utc(
    Number(yearThird ?? yearLast ?? fullYear(yearDashed)),
    month,
    Number(dayFirst ?? daySecond ?? dayDashed),
    hour,
    Number(minute ?? 0),
    Number(second ?? 0),
    0
  );
  return offset ? inZone(local, zoneMinutes(offset.replace(":", ""))) : local;
}
var MONTH_NAME = "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)";
var ORDINAL = "(?:st|nd|rd|th)?";
var YEAR_LAST = new RegExp(
  `^(?:(?:mon|tue|wed|thu|fri|sat|sun) )?${MONTH_NAME} +(\\d{1,2}) (\\d{2}):(\\d{2}):(\\d{2}) (?:(utc|gmt|[+-]\\d{4}) )?(\\d{4})$`,
  "i"
);
var NAMED_MONTH = new RegExp(
  `^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\\.?,? )?(?:(\\d{1,2})${ORDINAL} ${MONTH_NAME}\\.?,? (\\d{4})|${MONTH_NAME}\\.? (\\d{1,2})${ORDINAL},? (\\d{4})|(\\d{1,2})-${MONTH_NAME}-(\\d{2}|\\d{4}))(?:,? (?:at )?(\\d{1,2}):(\\d{2})(?::(\\d{2}))? ?(am|pm)?(?: ?(?:gmt|utc|ut|z)?([+-]\\d{2}:?\\d{2})?)?(?: \\([^()]*\\))?)?$`,
  "i"
);
function fromNumber(number) {
  if (!isDayNumber(number)) return fromUnix(number);
  return utc(Math.floor(number / 1e4), Math.floor(number / 100) % 100, number % 100, 0, 0, 0, 0);
}
var MILLISECONDS_FROM = 1e11;
function fromUnix(number) {
  if (!Number.isFinite(number)) return void 0;
  return Math.round(Math.abs(number) >= MILLISECONDS_FROM ? number : number * 1e3);
}
var UNIX_TIME = /^-?\d+(?:\.\d+)?$/;
var LOCALE_DAY = /^\d{1,2}([./-])\d{1,2}\1(?:\d{2}|\d{4})(?:[\sT,]|$)/;
var DAY_WITHOUT_YEAR = new RegExp(
  `^(?:[a-z]+,? )?(?:\\d{1,2}${ORDINAL} ${MONTH_NAME}\\.?|${MONTH_NAME}\\.? \\d{1,2}${ORDINAL})$`,
  "i"
);
var AGE = /^(?:(?:posted|published|added|listed|updated) )?(?:\d+\+? ?(?:mo|[mhdwy]|mins?|minutes?|hours?|hrs?|days?|weeks?|months?|years?)(?: ago)?|today|yesterday|just now)$/i;
var TIME_OFFSET = /\d{1,2}:\d{2}(?::\d{2}(?:[.,]\d+)?)? ?(?:gmt|utc)?(([+-])(\d{2}):?(\d{2})?)(?![\d:])/i;
var ZONE_NAME_ONLY = /\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?: ?[ap]m)? \(?(?![ap]m\b)([a-z]{2,5})\)?(?: \d{4})?$/i;
var RFC_2822 = /^(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]*, )?(\d{1,2})([ -])(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\2(\d{4}|\d{2}) (\d{2}):(\d{2})(?::(\d{2}))? (GMT|UTC?|Z|[+-]\d{2}(?::?\d{2})?|[ECMP][SD]T)(?: \([^()]*\))?$/i;
function rfc2822Time(text) {
  const found = RFC_2822.exec(text);
  if (!found) return void 0;
  const [, day, , month, year, hour, minute, second, zone] = found;
  const local = utc(
    fullYear(year),
    MONTHS.indexOf(month.toLowerCase()) + 1,
    Number(day),
    Number(hour),
    Number(minute),
    Number(second ?? 0),
    0
  );
  return inZone(local, zoneMinutes(zone.replace(":", "").toUpperCase()));
}
function fullYear(year) {
  const century = year.length > 2 ? 0 : Number(year) < 50 ? 2e3 : 1900;
  return century + Number(year);
}
var MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
function zoneMinutes(zone) {
  if (zone[0] === "+" || zone[0] === "-")
    return offsetMinutes(zone[0], Number(zone.slice(1, 3)), Number(zone.slice(3)));
  return (US_ZONES[zone] ?? 0) * 60;
}
function offsetMinutes(sign, hours, minutes) {
  if (hours > 23 || minutes > 59) return void 0;
  return (sign === "-" ? -1 : 1) * (hours * 60 + minutes);
}
function inZone(local, offset) {
  return local === void 0 || offset === void 0 ? void 0 : local - offset * 6e4;
}
var US_ZONES = {
  EST: -5,
  EDT: -4,
  CST: -6,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7
};
function isoTime(text) {
  const { length } = text;
  const between = text.charCodeAt(4);
  if (length < 10 || between !== DASH && between !== SLASH && between !== DOT || text.charCodeAt(7) !== between)
    return void 0;
  const year = digitsAt(text, 0, 4);
  const month = digitsAt(text, 5, 2);
  const day = digitsAt(text, 8, 2);
  if (year < 0 || month < 0 || day < 0) return void 0;
  if (length === 10) return utc(year, month, day, 0, 0, 0, 0);
  const separator = text.charCodeAt(10);
  if (separator !== UPPER_T && separator !== LOWER_T && separator !== SPACE || text.charCodeAt(13) !== COLON)
    return void 0;
  const hour = digitsAt(text, 11, 2);
  const minute = digitsAt(text, 14, 2);
  if (hour < 0 || minute < 0) return void 0;
  let at = 16;
  let second = 0;
  let milliseconds = 0;
  if (text.charCodeAt(at) === COLON) {
    second = digitsAt(text, 17, 2);
    if (second < 0) return void 0;
    at = 19;
    const mark = text.charCodeAt(at);
    if (mark === DOT || mark === COMMA) {
      let end = at + 1;
      while (isDigit(text.charCodeAt(end))) end++;
      if (end === at + 1) return void 0;
      milliseconds = Number(text.slice(at + 1, Math.min(end, at + 4)).padEnd(3, "0"));
      at = end;
    }
  }
  let offsetMs = 0;
  if (at < length) {
    const sign = text.charCodeAt(at);
    if ((sign | LOWER_CASE) === LOWER_Z) {
      if (at + 1 !== length) return void 0;
    } else if (sign === SPACE || (sign | LOWER_CASE) === LOWER_U || (sign | LOWER_CASE) === LOWER_G) {
      if (!UTC_NAME.test(text.slice(at))) return void 0;
    } else if (sign === PLUS || sign === DASH) {
      const hours = digitsAt(text, at + 1, 2);
      const colon = text.charCodeAt(at + 3) === COLON;
      const minutesAt = colon ? at + 4 : at + 3;
      const minutes = minutesAt === length && !colon ? 0 : digitsAt(text, minutesAt, 2);
      if (hours < 0 || minutes < 0) return void 0;
      if (minutesAt !== length && minutesAt + 2 !== length) return void 0;
      const offset = offsetMinutes(sign === DASH ? "-" : "+", hours, minutes);
      if (offset === void 0) return void 0;
      offsetMs = offset * 6e4;
    } else return void 0;
  }
  const local = utc(year, month, day, hour, minute, second, milliseconds);
  return local === void 0 ? void 0 : local - offsetMs;
}
var SPACE = 32;
var PLUS = 43;
var COMMA = 44;
var DASH = 45;
var DOT = 46;
var SLASH = 47;
var COLON = 58;
var UPPER_T = 84;
var LOWER_T = 116;
var LOWER_Z = 122;
var LOWER_U = 117;
var LOWER_G = 103;
var UTC_NAME = /^ ?(?:UTC|GMT)$/i;
var LOWER_CASE = 32;
function isDigit(code) {
  return code >= 48 && code <= 57;
}
function digitsAt(text, at, count) {
  let value = 0;
  for (let index = at; index < at + count; index++) {
    const code = text.charCodeAt(index);
    if (!isDigit(code)) return -1;
    value = value * 10 + code - 48;
  }
  return value;
}
function utc(year, month, day, hour, minute, second, ms) {
  const exact = year >= 100 && month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month) && hour <= 23 && minute <= 59 && second <= 59;
  return exact ? Date.UTC(year, month - 1, day, hour, minute, second, ms) : void 0;
}
function daysInMonth(year, month) {
  if (month !== 2) return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
  return year % 4 === 0 && year % 100 !== 0 || year % 400 === 0 ? 29 : 28;
}

export {
  timeOf,
  WrittenDay,
  whenOf,
  isDayWithoutTime,
  writtenDate,
  LOCALE_DAY,
  DAY_WITHOUT_YEAR,
  AGE,
  TIME_OFFSET,
  ZONE_NAME_ONLY,
  isDigit,
  daysInMonth
};
