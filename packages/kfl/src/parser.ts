import { CstParser, type CstNode } from 'chevrotain';
import * as T from './lexer.js';

/**
 * The KFL grammar (Chevrotain CST). Precedence, loosest first: `or`, `and`, `not`, comparison /
 * string operators / `in` / postfix `exists`, `+ -`, unary `-`, primary. `not` negates the comparison
 * after it (`not a == 1` is `not (a == 1)`): a negated value could never be compared, so this is the
 * only reading that means something. One instance is reused (see `parseCst`).
 */
class KflParser extends CstParser {
  constructor() {
    super(T.allTokens, { maxLookahead: 3, recoveryEnabled: false, nodeLocationTracking: 'onlyOffset' });
    this.performSelfAnalysis();
  }

  query = this.RULE('query', () => {
    this.OPTION(() => this.SUBRULE(this.orExpr));
  });

  orExpr = this.RULE('orExpr', () => {
    this.SUBRULE(this.andExpr);
    this.MANY(() => {
      this.OR([{ ALT: () => this.CONSUME(T.Or) }, { ALT: () => this.CONSUME(T.OrOr) }]);
      this.SUBRULE2(this.andExpr);
    });
  });

  andExpr = this.RULE('andExpr', () => {
    this.SUBRULE(this.unary);
    this.MANY(() => {
      this.OR([{ ALT: () => this.CONSUME(T.And) }, { ALT: () => this.CONSUME(T.AndAnd) }]);
      this.SUBRULE2(this.unary);
    });
  });

  unary = this.RULE('unary', () => {
    this.OR([
      {
        ALT: () => {
          this.OR2([{ ALT: () => this.CONSUME(T.Not) }, { ALT: () => this.CONSUME(T.Bang) }]);
          this.SUBRULE(this.unary);
        },
      },
      { ALT: () => this.SUBRULE(this.comparison) },
    ]);
  });

  comparison = this.RULE('comparison', () => {
    this.SUBRULE(this.additive);
    this.OPTION(() => {
      this.OR([
        {
          ALT: () => {
            this.OR2([
              { ALT: () => this.CONSUME(T.CompareOp) },
              { ALT: () => this.CONSUME(T.Contains) },
              { ALT: () => this.CONSUME(T.StartsWith) },
              { ALT: () => this.CONSUME(T.EndsWith) },
              { ALT: () => this.CONSUME(T.Matches) },
              { ALT: () => this.CONSUME(T.In) },
            ]);
            this.SUBRULE2(this.additive);
          },
        },
        { ALT: () => this.CONSUME(T.Exists) },
      ]);
    });
  });

  additive = this.RULE('additive', () => {
    this.SUBRULE(this.signed);
    this.MANY(() => {
      this.OR([{ ALT: () => this.CONSUME(T.Plus) }, { ALT: () => this.CONSUME(T.Minus) }]);
      this.SUBRULE2(this.signed);
    });
  });

  signed = this.RULE('signed', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Minus);
          this.SUBRULE(this.signed);
        },
      },
      { ALT: () => this.SUBRULE(this.primary) },
    ]);
  });

  primary = this.RULE('primary', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.LParen);
          this.SUBRULE(this.orExpr);
          this.CONSUME(T.RParen);
        },
      },
      { ALT: () => this.CONSUME(T.StringLit) },
      { ALT: () => this.CONSUME(T.NumberLit) },
      { ALT: () => this.CONSUME(T.Duration) },
      { ALT: () => this.CONSUME(T.Regex) },
      { ALT: () => this.CONSUME(T.True) },
      { ALT: () => this.CONSUME(T.False) },
      { ALT: () => this.CONSUME(T.Null) },
      { ALT: () => this.SUBRULE(this.list) },
      {
        ALT: () => {
          this.CONSUME(T.Exists);
          this.SUBRULE(this.args);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.Identifier);
          this.OPTION(() => this.SUBRULE2(this.args));
          this.MANY(() => this.SUBRULE(this.suffix));
        },
      },
    ]);
  });

  list = this.RULE('list', () => {
    this.CONSUME(T.LBracket);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.additive) });
    this.CONSUME(T.RBracket);
  });

  args = this.RULE('args', () => {
    this.CONSUME(T.LParen);
    this.MANY_SEP({ SEP: T.Comma, DEF: () => this.SUBRULE(this.orExpr) });
    this.CONSUME(T.RParen);
  });

  suffix = this.RULE('suffix', () => {
    this.OR([
      {
        ALT: () => {
          this.CONSUME(T.Dot);
          this.OR2([
            {
              ALT: () => {
                this.CONSUME(T.Name);
                this.OPTION(() => this.SUBRULE(this.args));
              },
            },
            { ALT: () => this.CONSUME(T.Star) },
          ]);
        },
      },
      {
        ALT: () => {
          this.CONSUME(T.LBracket);
          this.OR3([
            { ALT: () => this.CONSUME2(T.StringLit) },
            { ALT: () => this.CONSUME2(T.NumberLit) },
            { ALT: () => this.CONSUME2(T.Star) },
          ]);
          this.CONSUME(T.RBracket);
        },
      },
    ]);
  });
}

export const kflParser = new KflParser();
export type { CstNode };
