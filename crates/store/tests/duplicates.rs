//! Duplicate groups as the store answers them: the largest groups, and the group of one
//! article, read the same members (first article first, copies marked exact or near).

use marsad_model::{Article, Record};
use marsad_store::{Duplicate, DuplicateKind, NewArticle, SqliteStore, Store};

fn stored(key: u64, duplicate: Option<Duplicate>) -> NewArticle {
    let article = Article {
        id: format!("a{key}"),
        source: Some("wire".into()),
        text: format!("نص {key}"),
        ..Article::default()
    };
    let exact = matches!(duplicate, Some(Duplicate { kind: DuplicateKind::Exact, .. }));
    NewArticle {
        key,
        record: (!exact).then(|| Record::from_article(article.clone())),
        article,
        content: [key as u8; 16],
        simhash: Some(key),
        duplicate,
    }
}

#[test]
fn a_group_reads_the_same_from_the_list_and_from_a_member() {
    let mut store = SqliteStore::open_in_memory().unwrap();
    let exact = Some(Duplicate { of: 1, kind: DuplicateKind::Exact });
    let near = Some(Duplicate { of: 1, kind: DuplicateKind::Near { distance: 3 } });
    store.write(&[stored(1, None), stored(2, exact), stored(3, near), stored(4, None)]).unwrap();

    let groups = store.duplicate_groups(10).unwrap();
    assert_eq!(groups.len(), 1);
    let members: Vec<(u64, Option<DuplicateKind>)> =
        groups[0].members.iter().map(|member| (member.key, member.duplicate)).collect();
    assert_eq!(
        members,
        [(1, None), (2, Some(DuplicateKind::Exact)), (3, Some(DuplicateKind::Near { distance: 3 }))]
    );

    for key in [1, 2, 3] {
        assert_eq!(store.duplicate_group_of(key).unwrap().as_ref(), Some(&groups[0]), "article {key}");
    }
    assert_eq!(store.duplicate_group_of(4).unwrap(), None, "an article without copies has no group");
    assert_eq!(store.duplicate_group_of(99).unwrap(), None, "nor has a key not stored");
}
