import cytoscape from 'cytoscape';
const cy = cytoscape({ headless: true, styleEnabled: true, style: [{ selector: '.filtered', style: { display: 'none' } }],
  elements: [{ data: { id: 'a' } }, { data: { id: 'b' } }, { data: { id: 'e', source: 'a', target: 'b' } }] });
const e = cy.getElementById('e');
console.log('start', e.visible());
cy.batch(() => e.toggleClass('filtered', true));
console.log('after batch', e.visible(), e.style('display'));
e.toggleClass('filtered', false);
console.log('after unbatched', e.visible());
e.addClass('filtered'); console.log('addClass', e.visible());
