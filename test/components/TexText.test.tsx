import { render, waitFor } from '@testing-library/preact';
import { TexText } from '@/components/TexText';

/** The text a reader sees, MathML included. */
function mathIn(container: Element): Element[] {
  return [...container.querySelectorAll('math')];
}

describe('TexText', () => {
  it('renders a title without maths as its text, loading no typesetter', () => {
    const { container } = render(<TexText text="Plain <b>title</b> & more" />);
    expect(container.textContent).toBe('Plain <b>title</b> & more');
    expect(container.querySelector('b')).toBeNull();
  });

  it('typesets the maths of a title as MathML, the rest as text', async () => {
    const { container } = render(<TexText text="Bounds on $\ell_1$ Fixtures" />);
    await waitFor(() => expect(mathIn(container)).toHaveLength(1));
    expect(container.querySelector('.tex-math math msub')?.textContent).toBe('ℓ1');
    expect(container.firstChild?.textContent).toBe('Bounds on ');
    expect(container.lastChild?.textContent).toBe(' Fixtures');
  });

  it('shows maths it cannot read as its source', async () => {
    const { container } = render(<TexText text="A $\frac{1}{$ and $x^2$" />);
    await waitFor(() => expect(mathIn(container)).toHaveLength(1));
    expect(container.textContent).toContain('$\\frac{1}{$');
  });

  it('typesets display maths and leaves escaped dollars as text', async () => {
    const { container } = render(
      <TexText text={String.raw`Shell \$PATH, $$x^2$$ and $\lambda$`} />,
    );
    await waitFor(() => expect(mathIn(container)).toHaveLength(2));
    expect(mathIn(container).map((math) => math.textContent)).toEqual(['x2', 'λ']);
    expect(container.textContent).toBe(String.raw`Shell \$PATH, x2 and λ`);
  });

  it('leaves dollar amounts as text', () => {
    const { container } = render(<TexText text="From $1M to $10M" />);
    expect(container.textContent).toBe('From $1M to $10M');
  });

  it('never lets page text become markup: links and classes stay text', async () => {
    const hostile = String.raw`$\href{javascript:alert(1)}{x}\class{evil}{y}$ <img src=x onerror=alert(1)> $z$`;
    const { container } = render(<TexText text={hostile} />);
    await waitFor(() => expect(mathIn(container)).toHaveLength(1));
    expect(container.querySelector('img, a, [href], .evil')).toBeNull();
    // Temml refuses \href and \class untrusted: that span shows as its source.
    expect(container.textContent).toContain('$\\href{javascript:alert(1)}{x}\\class{evil}{y}$');
    expect(container.textContent).toContain('<img src=x onerror=alert(1)>');
  });

  it('typesets again when a reused row shows another title', async () => {
    const { container, rerender } = render(<TexText text="$\alpha$ one" />);
    await waitFor(() => expect(mathIn(container)).toHaveLength(1));
    rerender(<TexText text="$\beta$ two" />);
    await waitFor(() => expect(container.querySelector('math')?.textContent).toBe('β'));
    expect(container.textContent).toBe('β two');
  });
});
