var I,et,qn,X,$e,Pe,tt,ye,nt,De,Ie,Nn,de=Symbol.for("pv"),Se={},ke=[],Mn=/^m(i|n|o|s|text|space)$/,Te=Array.isArray,rt=ke.slice,re=Object.assign;function ne(t){t&&t.parentNode&&t.remove()}function _e(t,n,r,o,a){var i={type:t,props:n,key:r,ref:o,__k:null,__:null,__b:0,__e:null,__c:null,constructor:de,__v:a||++et,__i:-1,__u:0};return!a&&I.vnode&&I.vnode(i),i}function D(t){return t.children}function he(t,n){this.props=t,this.context=n,this.__g=0}function Y(t,n){if(n==null)return t.__&&Y(t.__,t.__i+1);for(var r;n<t.__k.length;n++)if((r=t.__k[n])&&r.__e)return r.__e;return typeof t.type!="function"||t.props.__P?null:Y(t)}function On(t){var n,r=t.__v,o=r.__e,a=[],i=[],l=t.__P;l&&((n=re({constructor:de},r)).__v=r.__v+1,I.vnode&&I.vnode(n),Ae(l,n,r,t.__n,l.namespaceURI,32&r.__u?[o]:null,a,o||Y(r),32&r.__u,i),n.__v=r.__v,n.__.__k[n.__i]=n,ut(a,n,i),r.__=r.__e=null,n.__e!=o&&ot(n))}function ot(t){if((t=t.__)&&t.__c&&!t.props.__P)return t.__e=null,t.__k.some(function(n){return n&&(t.__e=n.__e)}),ot(t)}function Ye(t){(8&t.__g||(t.__g|=8,X.push(t),Pe++))&&$e==I.debounceRendering||(($e=I.debounceRendering)||queueMicrotask)(at)}function at(){try{for(var t,n=1;X.length;)X.length>n&&X.sort(tt),t=X.shift(),n=X.length,8&t.__g&&On(t)}finally{(Pe=X.length)&&($e||queueMicrotask)(at)}}function it(t,n,r,o,a,i,l,s,p,_,d){var g,c,u,f,x,S,v=o.__k||ke,P=n.length;for(p=Fn(r,n,v,p,P),g=0;g<P;g++)(u=r.__k[g])!=null&&(c=~u.__i&&v[u.__i]||Se,u.__i=g,S=Ae(t,u,c,a,i,l,s,p,_,d),f=u.__e,(c.ref!=u.ref||8&c.__u)&&(c.ref&&Ee(c.ref,null,u,c),u.ref&&d.push(u.ref,u.__c||f,u)),x=x||f,4&u.__u?(p=st(u,p,t,!c.__v),c.__e&&(c.__e=null)):typeof u.type=="function"&&S!==void 0?p=S:f&&(p=f.nextSibling),u.__u&=-21);return r.__e=x,p}function Fn(t,n,r,o,a){var i,l,s,p,_,d,g,c,u,f=r.length,x=f,S=0,v=0,P=t.__k=Array(a);for(i=0;i<a;i++)(l=n[i])!=null&&typeof l!="boolean"&&typeof l!="function"?(typeof l!="object"||l.constructor===String?l=P[i]=_e(null,l):Te(l)?l=P[i]=_e(D,{children:l}):l.constructor===de&&l.__b?l=P[i]=_e(l.type,l.props,l.key,l.ref,l.__v):P[i]=l,p=i+S,l.__=t,l.__b=t.__b+1,s=null,~(_=l.__i=Ln(l,r,p,x))&&(x--,(s=r[_])&&(s.__u|=2)),s&&s.__v?(l.__u|=16,_==p-1?S--:_==p+1?S++:_!=p&&(_>p?S--:S++,v=1)):(~_||(a>f?S--:a<f&&S++),typeof l.type!="function"&&(l.__u|=4))):P[i]=null;if(v){for(d=[],g=[],i=0;i<a;i++)if((l=P[i])&&16&l.__u){for(S=0,c=d.length;S<c;)d[u=S+c>>1]<l.__i?S=u+1:c=u;d[S]=l.__i,g[i]=S+1}for(S=d.length;i--;)g[i]&&(g[i]==S?S--:P[i].__u|=4)}if(x)for(i=0;i<f;i++)!(s=r[i])||2&s.__u||(s.__e==o&&(o=Y(s)),Re(s,s));return o}function st(t,n,r,o){var a,i,l,s;if(typeof t.type=="function"){if(t.props.__P)return n;if(a=t.__k)for(i=0;i<a.length;i++)a[i]&&(a[i].__=t,n=st(a[i],n,r,!1));return n}for(n&&!n.parentNode&&(n=Y(t))&&!n.parentNode&&(n=null),l=t.__e,s=n;s&&s.nodeType==8;)s=s.nextSibling;for(l!=s&&(!o&&r.moveBefore&&l.parentNode?r.moveBefore(l,n):r.insertBefore(l,n||null)),n=l;(n=n&&n.nextSibling)&&n.nodeType==8&&!n.data.startsWith("$s"););return n}function Ln(t,n,r,o){var a,i=t.key,l=t.type,s=n[r],p=s&&!(2&s.__u);if(s===null&&i==null||p&&i==s.key&&l==s.type)return r;if(o>(p?1:0)){for(a=r-1;a>=0;a--)if((s=n[a])&&!(2&s.__u)&&i==s.key&&l==s.type)return a;for(a=r+1;a<n.length;a++)if((s=n[a])&&!(2&s.__u)&&i==s.key&&l==s.type)return a}return-1}function Ze(t,n,r){r==null&&(r=""),n[0]=="-"?t.setProperty(n,r):t[n]=r}function fe(t,n,r,o,a){var i,l;if(n=="style")if(typeof r=="string")t.style.cssText=r;else{if(typeof o=="string"&&(t.style.cssText=o=""),o)for(n in o)r&&n in r||Ze(t.style,n);if(r)for(n in r)o&&r[n]==o[n]||Ze(t.style,n,r[n])}else if(n[0]=="o"&&n[1]=="n")typeof r!="function"&&(r=null),typeof o!="function"&&(o=null),(t.__e||(t.__e={}))[n]=r,r&&o||(l=Ie[n]||(Ie[n]=Un(n)),(t.__a||(t.__a={}))[n]=De,i=n!=(n=n.replace(nt,"$1")),(n=n.slice(2))[0]<"a"&&(n=n.toLowerCase()),r?t.addEventListener(n,l,i):t.removeEventListener(n,l,i));else{if(a=="http://www.w3.org/2000/svg")n=n.replace(/xlink(H|:h)/,"h").replace(/sName$/,"s");else if(n!="width"&&n!="height"&&n!="href"&&n!="list"&&n!="form"&&n!="tabIndex"&&n!="download"&&n!="rowSpan"&&n!="colSpan"&&n!="role"&&n!="popover"&&n in t)try{return void(t[n]=r??"")}catch{}if(typeof r=="function")return;r==null||r===!1&&n[4]!="-"?t.removeAttribute(n):t.setAttribute(n,n=="popover"&&r==1?"":r)}}function Un(t){return function(n){var r=this.__e;if(r){if(r=r[t],n[ye]==null)n[ye]=De++;else if(n[ye]<this.__a[t])return;return r(I.event?I.event(n):n)}}}function Ae(t,n,r,o,a,i,l,s,p,_){var d,g,c,u,f,x,S,v,P,E,m,V,H,K,U,y,q,Q,b=n.type;if(n.constructor!==de)return null;128&r.__u&&(p=32&r.__u,d=r.__c.__z)&&(n.__u|=p,g=i=[],d.nodeType==8?s=be(d,i):i.push(d),s=i[0]||s),(d=I.__b)&&d(n);e:if(typeof b=="function"){c=l.length;try{if(v=n.props,P=(d=b.prototype)&&d.render,E=(d=b.contextType)&&o[d.__c],m=d?E?E.props.value:d.__:o,(u=r.__c)?(n.__c=u,2&u.__g&&(u.__g|=1)):(P?n.__c=u=new b(v,m):(n.__c=u=new he(v,m),u.constructor=b,u.render=Bn),E&&E.sub(u),u.state||(u.state={}),u.__n=o,u.__g|=8,u.__h=[],u.__k=[]),P&&(u.__s||(u.__s=u.state),b.getDerivedStateFromProps&&(u.__s==u.state&&(u.__s=re({},u.__s)),re(u.__s,b.getDerivedStateFromProps(v,u.__s)))),f=u.props,x=u.state,u.__v=n,r.__c){if(v!==f&&P&&!b.getDerivedStateFromProps&&u.componentWillReceiveProps&&u.componentWillReceiveProps(v,m),n.__v==r.__v&&!(8&u.__g)||!(4&u.__g)&&u.shouldComponentUpdate&&u.shouldComponentUpdate(v,u.__s,m)===!1){n.__v!=r.__v&&(u.props=v,u.state=u.__s,u.__g&=-9),n.__e=r.__e,n.__k=r.__k,n.__k.some(function(w){w&&(w.__=n)}),ke.push.apply(u.__h,u.__k),u.__k=[],u.__h.length&&l.push(u),s=Y(r);break e}u.componentWillUpdate&&u.componentWillUpdate(v,u.__s,m),P&&u.componentDidUpdate&&u.__h.push(function(){u.componentDidUpdate(f,x,S)})}else P&&!b.getDerivedStateFromProps&&u.componentWillMount&&u.componentWillMount(),P&&u.componentDidMount&&u.__h.push(u.componentDidMount);u.context=m,u.props=v,u.__P=t,u.__g&=-5,V=I.__r,H=P?25:0;do u.__g&=-9,V&&V(n),d=u.render(u.props,u.state=u.__s,u.context);while(8&u.__g&&++H<25);P&&(ke.push.apply(u.__h,u.__k),u.__k=[]),u.state=u.__s,u.getChildContext&&(o=re({},o,u.getChildContext())),P&&r.__c&&u.getSnapshotBeforeUpdate&&(S=u.getSnapshotBeforeUpdate(f,x)),K=d&&d.type===D&&d.key==null?d.props.children:d,v.__P&&(d=s,a=(t=v.__P).namespaceURI,p=i=null,r.props&&r.props.__P!=t&&(r.__k.some(function(w){w&&Re(w,w)}),r.__k=null),s=r.__k?Y(r,0):null),s=it(t,Te(K)?K:[K],n,r,o,a,i,l,s,p,_),v.__P&&(n.__e=null,s=d),n.__u&=-161,g&&g.some(ne),u.__h.length&&l.push(u),1&u.__g&&(u.__g&=-4)}catch(w){if(l.length=c,n.__v=null,p||i)if(w&&w.then){if(n.__u|=128|p,i){for(~(q=i.indexOf(s||void 0))||(q=i.length);(Q=i[q-1])&&Q.nodeType==8;)q--;for(;q<i.length;q++)if(Q=i[q])if(i[q]=null,U){if(Q==y)break}else{if(Q.nodeType!=8)break;Q.data.startsWith("$s")&&(y=be(U=Q))}}if(!U){for(;s&&s.nodeType==8&&s.nextSibling;)s=s.nextSibling;U=s}(d=be(U=n.__c.__z||(n.__c.__z=U)))?(n.__e=U,s=d):n.__e=s,s=s&&s.nextSibling}else i&&i.some(ne);else n.__e=r.__e;n.__k||(n.__k=r.__k||[]),w&&w.then||lt(n),I.__e(w,n,r)}}else s=n.__e=Vn(r.__e,n,r,o,a,i,l,p,_,t);return(d=I.diffed)&&d(n),s}function be(t,n){if(t&&t.nodeType==8&&t.data.startsWith("$s"))for(var r=1;t=t.nextSibling;){if(t.nodeType==8){if(t.data.startsWith("$s"))r++;else if(t.data.startsWith("/$s")&&!--r)return t}n&&n.push(t)}}function lt(t){t&&(t.__c&&(t.__c.__g|=4),t.__k&&t.__k.some(lt))}function ut(t,n,r){for(var o=0;o<r.length;)Ee(r[o++],r[o++],r[o++]);I.__c&&I.__c(n,t),t.some(function(a){try{t=a.__h,a.__h=[],t.some(function(i){i.call(a)})}catch(i){I.__e(i,a.__v)}})}function Vn(t,n,r,o,a,i,l,s,p,_){var d,g,c,u,f,x,S,v,P=r.props||Se,E=n.props,m=n.type;if(m=="svg"?a="http://www.w3.org/2000/svg":m=="math"?a="http://www.w3.org/1998/Math/MathML":a||(a="http://www.w3.org/1999/xhtml"),i){for(d=0;d<i.length;d++)if((f=i[d])&&(m?f.localName==m:f.nodeType==3)){t=f,i[d]=null;break}}if(!t){if(v=_.ownerDocument||document,!m)return v.createTextNode(E);t=v.createElementNS(a,m,E.is?E:_),s&&(I.__m&&I.__m(n,i),s=!1),i=null}if(m){if(_=m=="template"&&t.content||t,i=m=="textarea"&&E.defaultValue!=null?null:i&&rt.call(_.childNodes),!s&&i)for(P={},d=0;d<t.attributes.length;d++)P[(f=t.attributes[d]).name]=f.value;for(d in P)f=P[d],d=="dangerouslySetInnerHTML"?c=f:d=="children"||d in E||d=="value"&&"defaultValue"in E||d=="checked"&&"defaultChecked"in E||fe(t,d,null,f,a);for(d in E)f=E[d],d=="children"?u=f:d=="dangerouslySetInnerHTML"?g=f:d=="value"?x=f:d=="checked"?S=f:s&&typeof f!="function"||P[d]===f||fe(t,d,f,P[d],a);g?(s||c&&(g.__html==c.__html||g.__html==t.innerHTML)||(t.innerHTML=g.__html),n.__k=[]):(c&&(t.textContent=""),(m=="foreignObject"||a=="http://www.w3.org/1998/Math/MathML"&&Mn.test(m))&&(a="http://www.w3.org/1999/xhtml"),it(_,Te(u)?u:[u],n,r,o,a,i,l,i?i[0]:r.__k&&Y(r,0),s,p),i&&i.some(ne)),s&&m!="textarea"||(d="value",m=="progress"&&x==null?t.removeAttribute(d):x==null||x===t[d]&&(m!="progress"||x)||fe(t,d,x,P[d],a),d="checked",S!=null&&S!=t[d]&&fe(t,d,S,P[d],a))}else P===E||s&&t.data==E||(t.data=E);return t}function Ee(t,n,r,o){try{typeof t=="function"?n?n.__x=t(n)||1:o&&(o=o.__c||o.__e)&&(n=o.__x)&&(o.__x=null,typeof n=="function"?n():t(null)):t.current=n}catch(a){I.__e(a,r)}}function Re(t,n,r){var o,a,i,l;if(I.unmount&&I.unmount(t),!(o=t.ref)||o.current&&o.current!=t.__e||Ee(o,null,n,t),o=t.__c){if(o.componentWillUnmount)try{o.componentWillUnmount()}catch(s){I.__e(s,n)}o.__P=o.__n=null}if(o=t.__k)for(l=0;l<o.length;l++)o[l]&&Re(o[l],n,typeof t.type!="function"||r&&!t.props.__P);!r&&(o=t.__c)&&(o=o.__z)&&(a=be(o,i=[]))&&(o==t.__e&&i.some(ne),ne(a),ne(o)),r||ne(t.__e),t.__e=t.__c=t.__=null}function Bn(t,n,r){return this.constructor(t,r)}function dt(t,n){var r,o,a,i;I.__&&I.__(t,n),n.nodeType==9&&(n=n.documentElement),o=(r=t&&32&t.__u)?null:n.__k,n.__k=_e(D,{children:[t]}),a=[],i=[],Ae(n,n.__k,o||Se,Se,n.namespaceURI,o?null:n.firstChild?rt.call(n.childNodes):null,a,o?o.__e:n.firstChild,r,i),ut(a,n.__k,i),n.__k.props.children=null}I={__e:function(t,n,r,o){for(var a,i,l;n=n.__;)if((a=n.__c)&&!(1&a.__g)){a.__g|=4;try{if((l=(i=a.constructor)&&i.getDerivedStateFromError)&&a.setState(i.getDerivedStateFromError(t)),a.componentDidCatch&&(a.componentDidCatch(t,o||{}),l=1),l&&8&a.__g)return void(a.__g|=2)}catch(s){t=s}}throw Pe=0,t}},et=0,qn=function(t){return t!=null&&t.constructor===de},he.prototype.setState=function(t,n){var r=this.__s;r&&r!=this.state||(r=this.__s=re({},this.state)),typeof t=="function"&&(t=t(re({},r),this.props)),t&&(re(r,t),this.__v&&(n&&this.__k.push(n),Ye(this)))},he.prototype.forceUpdate=function(t){this.__v&&(this.__g|=4,t&&this.__h.push(t),Ye(this))},he.prototype.render=D,X=[],Pe=0,tt=function(t,n){return t.__v.__b-n.__v.__b},ye=Symbol(),nt=/(PointerCapture)$|Capture$/i,De=0,Ie={},Nn=0;var ce,M,qe,pt,Ne=Object.is,me=0,Pt=[],Me=[],N=I,ct=N.__b,mt=N.__r,gt=N.diffed,ft=N.__c,yt=N.unmount,_t=N.__;function Fe(t,n){N.__h&&N.__h(M,t,me||n),me=0;var r=M.__H||(M.__H={__:[],__h:[]});return t>=r.__.length&&r.__.push({}),r.__[t]}function h(t){return me=1,Kn(xt,t)}function Kn(t,n,r){var o=Fe(ce++,2);if(o.t=t,!o.__c&&(o.__=[r?r(n):xt(void 0,n),function(i){var l=(o.__N||o.__)[0],s=o.t(l,i);Ne(l,s)||(o.__N=[s,o.__[1]],o.__c.setState({}))}],o.__c=M,!M.__f)){M.__f=!0;var a=M.shouldComponentUpdate;M.shouldComponentUpdate=function(i,l,s){var p=this.__H;if(!p)return!0;var _=!1,d=this.props!=i;if(p.__.some(function(c){c.__N&&(_=!0,Ne(c.__[0],c.__N[0])||(d=!0))}),a){var g=a.call(this,i,l,s);return _?g||d:g}return!_||d}}return o.__}function F(t,n){var r=Fe(ce++,3);!N.__s&&Ct(r.__H,n)&&(r.__P=!0,r.__=t,r.u=n,M.__H.__h.push(r))}function St(t){return me=5,kt(function(){return{current:t}},[])}function kt(t,n){var r=Fe(ce++,7);return Ct(r.__H,n)&&(r.__=t(),r.__H=n),r.__}function vt(t,n){return me=8,kt(function(){return t},n)}function Hn(){var t;do{for(;t=Me.shift();)try{pe(t)}catch(r){N.__e(r,{__:(t=t.__P)&&t.__v})}for(;t=Pt.shift();){var n=t.__H;if(t.__P&&n)try{n.__h.some(pe),n.__h.some(Oe),n.__h=[]}catch(r){n.__h=[],N.__e(r,t.__v)}}}while(Me.length)}N.__b=function(t){M=null,ct&&ct(t)},N.__=function(t,n){t&&n.__k&&n.__k.__m&&(t.__m=n.__k.__m),_t&&_t(t,n)},N.__r=function(t){mt&&mt(t),ce=0;var n=(M=t.__c).__H;n&&(qe==M?M.__h=[]:(n.__h.some(pe),n.__h.some(Oe),ce=0),n.__h=[],n.__.some(function(r){r.__N&&(r.__=r.__N),r.u=r.__N=void 0})),qe=M},N.diffed=function(t){gt&&gt(t);var n=t.__c;n&&n.__H&&(n.__H.__h.length&&bt(Pt.push(n)),n.__H.__.some(function(r){r.u&&(r.__H=r.u)})),qe=M=null},N.__c=function(t,n){n.some(function(r){try{r.__h.some(pe),r.__h=r.__h.filter(function(o){return!o.__||Oe(o)})}catch(o){r.__h=[function(){throw o}]}}),ft&&ft(t,n)},N.unmount=function(t){yt&&yt(t);var n,r,o=t.__c;o&&o.__H&&(o.__H.__.some(function(a){try{if(a.__P&&a.__c){if(r===void 0){for(r=t.__;r&&(!r.__c||!r.__c.__P);)r=r.__;r=r&&r.__c}a.__P=r,bt(Me.push(a))}else pe(a)}catch(i){n=i}}),o.__H=void 0,n&&N.__e(n,o.__v))};var ht=typeof requestAnimationFrame=="function";function Wn(t){var n,r=function(){clearTimeout(o),ht&&cancelAnimationFrame(n),setTimeout(t)},o=setTimeout(r,35);ht&&(n=requestAnimationFrame(r))}function bt(t){t!=1&&pt==N.requestAnimationFrame||((pt=N.requestAnimationFrame)||Wn)(Hn)}function pe(t){var n=M,r=t.__c;typeof r=="function"&&(t.__c=void 0,r()),M=n}function Oe(t){var n=M;t.__c=t.__(),M=n}function Ct(t,n){return!t||t.length!=n.length||n.some(function(r,o){return!Ne(r,t[o])})}function xt(t,n){return typeof n=="function"?n(t):n}var T=class extends String{__apiType;value;__meta__;constructor(n,r){super(n),this.value=n,this.__meta__=r}toString(){return this.value}},wt=new T(`
    query PortalCustomFields {
  customFieldDefinitions(target: PROPOSAL) {
    id
    key
    labelJa
    type
    required
    order
    choices {
      value
      labelJa
    }
  }
}
    `),$t=new T(`
    query PortalFrame {
  municipality {
    name
    deskName
    phone
    primaryColor
    secondaryColor
  }
}
    `),It=new T(`
    mutation PortalSignUp($input: SignUpInput!) {
  signUp(input: $input) {
    message
  }
}
    `),Dt=new T(`
    mutation PortalConfirmSignUp($token: String!, $password: String!) {
  confirmSignUp(token: $token, password: $password) {
    token
  }
}
    `),Tt=new T(`
    mutation PortalLogin($email: String!, $password: String!) {
  login(email: $email, password: $password) {
    token
  }
}
    `),At=new T(`
    mutation PortalLogout {
  logout
}
    `),Et=new T(`
    mutation PortalVerifyEmail($token: String!) {
  verifyEmail(token: $token)
}
    `),Rt=new T(`
    mutation PortalRequestReset($email: String!) {
  requestPasswordReset(email: $email)
}
    `),qt=new T(`
    mutation PortalResetPassword($token: String!, $password: String!) {
  resetPassword(token: $token, newPassword: $password) {
    token
  }
}
    `),Nt=new T(`
    query PortalCaseStudies($first: Int, $after: String, $filter: CaseStudyFilter) {
  caseStudies(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: START_ON, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        slug
        title
        locality
        category
        summary
        startOn
        tags
      }
    }
  }
}
    `),Mt=new T(`
    query PortalCaseStudy($id: ID, $slug: String) {
  caseStudy(id: $id, slug: $slug) {
    id
    slug
    title
    locality
    program
    category
    partners {
      id
      name
    }
    startOn
    endOn
    dateNote
    summary
    resources {
      side
      kind
      description
    }
    merits {
      side
      description
    }
    tags
    media {
      id
      url
      alt
      contentType
    }
  }
}
    `),Ot=new T(`
    query PortalAgreements($first: Int, $after: String, $filter: AgreementFilter) {
  agreements(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: SIGNED_ON, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        kind
        title
        purpose
        status
        parties {
          id
          name
        }
        signedOn(format: WAREKI)
        termStartOn(format: WAREKI)
        termEndOn(format: WAREKI)
        items
        merits {
          side
          description
        }
      }
    }
  }
}
    `),Ft=new T(`
    query PortalMethods {
  collaborationMethods(first: 50) {
    edges {
      node {
        id
        name
        description
      }
    }
  }
}
    `),Lt=new T(`
    mutation PortalInquiry($input: InquiryInput!) {
  submitInquiry(input: $input)
}
    `),Ut=new T(`
    query PortalMyProposals($first: Int, $after: String, $filter: ProposalFilter) {
  me {
    id
    displayName
    email
    emailVerified
    organization {
      id
      name
    }
  }
  proposals(
    first: $first
    after: $after
    filter: $filter
    orderBy: { field: UPDATED_AT, direction: DESC }
  ) {
    totalCount
    pageInfo {
      hasNextPage
      endCursor
    }
    edges {
      node {
        id
        title
        status
        submittedAt
        updatedAt
        unreadMessageCount
      }
    }
  }
}
    `),Vt=new T(`
    mutation PortalRequestVerification {
  requestEmailVerification
}
    `),Bt=new T(`
    query PortalProposalForm {
  me {
    id
    displayName
    email
    emailVerified
    organization {
      name
    }
  }
  proposalTerms {
    version
    text
  }
  collaborationMethods(first: 50) {
    edges {
      node {
        id
        name
      }
    }
  }
  challenges(first: 50, filter: { isOpen: true }) {
    edges {
      node {
        id
        title
      }
    }
  }
}
    `),Kt=new T(`
    mutation PortalCreateProposal($input: CreateProposalInput!) {
  createProposal(input: $input) {
    proposal {
      id
      version
    }
  }
}
    `),Ht=new T(`
    mutation PortalUpdateProposalCustomFields($id: ID!, $version: Int!, $input: UpdateProposalInput!) {
  updateProposal(id: $id, version: $version, input: $input) {
    proposal {
      id
      version
    }
  }
}
    `),Wt=new T(`
    mutation PortalAttachFile($proposalId: ID!, $file: Upload!) {
  attachFile(proposalId: $proposalId, file: $file) {
    id
    fileName
  }
}
    `),zt=new T(`
    mutation PortalSubmitProposal($id: ID!, $acceptTerms: Boolean!) {
  submitProposal(id: $id, acceptTerms: $acceptTerms) {
    proposal {
      id
      status
    }
  }
}
    `),Qt=new T(`
    query PortalProposal($id: ID!) {
  proposal(id: $id) {
    id
    kind
    title
    summary
    body
    desiredScheme
    status
    submittedAt
    decidedAt
    challenge {
      id
      title
    }
    resources {
      side
      kind
      description
    }
    merits {
      side
      description
    }
    contact {
      affiliation
      name
      email
      phone
    }
    messages {
      id
      body
      internal
      createdAt
      author {
        kind
        displayName
        department {
          name
        }
      }
    }
    history {
      action
      from
      to
      reason
      at
    }
    attachments {
      id
      fileName
      size
      downloadUrl
      createdAt
    }
    viewerActions
    unreadMessageCount
    customFields {
      key
      definition {
        labelJa
        type
        choices {
          value
          labelJa
        }
      }
      text
      number
      date
      boolean
      choices
    }
  }
  proposalTerms {
    version
    text
  }
}
    `),Jt=new T(`
    mutation PortalPostMessage($id: ID!, $body: String!) {
  postProposalMessage(proposalId: $id, body: $body, internal: false) {
    proposal {
      id
    }
  }
}
    `),jt=new T(`
    mutation PortalWithdraw($id: ID!, $reason: String) {
  withdrawProposal(id: $id, reason: $reason) {
    proposal {
      id
      status
    }
  }
}
    `),Gt=new T(`
    mutation PortalMarkRead($id: ID!) {
  markProposalRead(id: $id) {
    proposal {
      id
    }
  }
}
    `),Xt=new T(`
    query PortalTop {
  municipality {
    name
    deskName
    deskDepartment
    postalCode
    address
    phone
    email
  }
  announcements(first: 5, orderBy: { field: PUBLISHED_AT, direction: DESC }) {
    edges {
      node {
        id
        title
        body
        category
        publishedAt
      }
    }
  }
  challenges(
    first: 10
    filter: { isOpen: true }
    orderBy: { field: CLOSES_AT, direction: ASC }
  ) {
    totalCount
    edges {
      node {
        id
        title
        background
        desiredOutcome
        tags
        closesAt
        department {
          name
        }
      }
    }
  }
}
    `);var Qn={"\n  query PortalCustomFields {\n    customFieldDefinitions(target: PROPOSAL) {\n      id\n      key\n      labelJa\n      type\n      required\n      order\n      choices {\n        value\n        labelJa\n      }\n    }\n  }\n":wt,"\n  query PortalFrame {\n    municipality {\n      name\n      deskName\n      phone\n      primaryColor\n      secondaryColor\n    }\n  }\n":$t,"\n  mutation PortalSignUp($input: SignUpInput!) {\n    signUp(input: $input) {\n      message\n    }\n  }\n":It,"\n  mutation PortalConfirmSignUp($token: String!, $password: String!) {\n    confirmSignUp(token: $token, password: $password) {\n      token\n    }\n  }\n":Dt,"\n  mutation PortalLogin($email: String!, $password: String!) {\n    login(email: $email, password: $password) {\n      token\n    }\n  }\n":Tt,"\n  mutation PortalLogout {\n    logout\n  }\n":At,"\n  mutation PortalVerifyEmail($token: String!) {\n    verifyEmail(token: $token)\n  }\n":Et,"\n  mutation PortalRequestReset($email: String!) {\n    requestPasswordReset(email: $email)\n  }\n":Rt,"\n  mutation PortalResetPassword($token: String!, $password: String!) {\n    resetPassword(token: $token, newPassword: $password) {\n      token\n    }\n  }\n":qt,"\n  query PortalCaseStudies($first: Int, $after: String, $filter: CaseStudyFilter) {\n    caseStudies(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          slug\n          title\n          locality\n          category\n          summary\n          startOn\n          tags\n        }\n      }\n    }\n  }\n":Nt,"\n  query PortalCaseStudy($id: ID, $slug: String) {\n    caseStudy(id: $id, slug: $slug) {\n      id\n      slug\n      title\n      locality\n      program\n      category\n      partners {\n        id\n        name\n      }\n      startOn\n      endOn\n      dateNote\n      summary\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      tags\n      media {\n        id\n        url\n        alt\n        contentType\n      }\n    }\n  }\n":Mt,"\n  query PortalAgreements($first: Int, $after: String, $filter: AgreementFilter) {\n    agreements(first: $first, after: $after, filter: $filter, orderBy: { field: SIGNED_ON, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          kind\n          title\n          purpose\n          status\n          parties {\n            id\n            name\n          }\n          signedOn(format: WAREKI)\n          termStartOn(format: WAREKI)\n          termEndOn(format: WAREKI)\n          items\n          merits {\n            side\n            description\n          }\n        }\n      }\n    }\n  }\n":Ot,"\n  query PortalMethods {\n    collaborationMethods(first: 50) {\n      edges {\n        node {\n          id\n          name\n          description\n        }\n      }\n    }\n  }\n":Ft,"\n  mutation PortalInquiry($input: InquiryInput!) {\n    submitInquiry(input: $input)\n  }\n":Lt,"\n  query PortalMyProposals($first: Int, $after: String, $filter: ProposalFilter) {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      organization {\n        id\n        name\n      }\n    }\n    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {\n      totalCount\n      pageInfo {\n        hasNextPage\n        endCursor\n      }\n      edges {\n        node {\n          id\n          title\n          status\n          submittedAt\n          updatedAt\n          unreadMessageCount\n        }\n      }\n    }\n  }\n":Ut,"\n  mutation PortalRequestVerification {\n    requestEmailVerification\n  }\n":Vt,"\n  query PortalProposalForm {\n    me {\n      id\n      displayName\n      email\n      emailVerified\n      organization {\n        name\n      }\n    }\n    proposalTerms {\n      version\n      text\n    }\n    collaborationMethods(first: 50) {\n      edges {\n        node {\n          id\n          name\n        }\n      }\n    }\n    challenges(first: 50, filter: { isOpen: true }) {\n      edges {\n        node {\n          id\n          title\n        }\n      }\n    }\n  }\n":Bt,"\n  mutation PortalCreateProposal($input: CreateProposalInput!) {\n    createProposal(input: $input) {\n      proposal {\n        id\n        version\n      }\n    }\n  }\n":Kt,"\n  mutation PortalUpdateProposalCustomFields($id: ID!, $version: Int!, $input: UpdateProposalInput!) {\n    updateProposal(id: $id, version: $version, input: $input) {\n      proposal {\n        id\n        version\n      }\n    }\n  }\n":Ht,"\n  mutation PortalAttachFile($proposalId: ID!, $file: Upload!) {\n    attachFile(proposalId: $proposalId, file: $file) {\n      id\n      fileName\n    }\n  }\n":Wt,"\n  mutation PortalSubmitProposal($id: ID!, $acceptTerms: Boolean!) {\n    submitProposal(id: $id, acceptTerms: $acceptTerms) {\n      proposal {\n        id\n        status\n      }\n    }\n  }\n":zt,"\n  query PortalProposal($id: ID!) {\n    proposal(id: $id) {\n      id\n      kind\n      title\n      summary\n      body\n      desiredScheme\n      status\n      submittedAt\n      decidedAt\n      challenge {\n        id\n        title\n      }\n      resources {\n        side\n        kind\n        description\n      }\n      merits {\n        side\n        description\n      }\n      contact {\n        affiliation\n        name\n        email\n        phone\n      }\n      messages {\n        id\n        body\n        internal\n        createdAt\n        author {\n          kind\n          displayName\n          department {\n            name\n          }\n        }\n      }\n      history {\n        action\n        from\n        to\n        reason\n        at\n      }\n      attachments {\n        id\n        fileName\n        size\n        downloadUrl\n        createdAt\n      }\n      viewerActions\n      unreadMessageCount\n      customFields {\n        key\n        definition {\n          labelJa\n          type\n          choices {\n            value\n            labelJa\n          }\n        }\n        text\n        number\n        date\n        boolean\n        choices\n      }\n    }\n    proposalTerms {\n      version\n      text\n    }\n  }\n":Qt,"\n  mutation PortalPostMessage($id: ID!, $body: String!) {\n    postProposalMessage(proposalId: $id, body: $body, internal: false) {\n      proposal {\n        id\n      }\n    }\n  }\n":Jt,"\n  mutation PortalWithdraw($id: ID!, $reason: String) {\n    withdrawProposal(id: $id, reason: $reason) {\n      proposal {\n        id\n        status\n      }\n    }\n  }\n":jt,"\n  mutation PortalMarkRead($id: ID!) {\n    markProposalRead(id: $id) {\n      proposal {\n        id\n      }\n    }\n  }\n":Gt,"\n  query PortalTop {\n    municipality {\n      name\n      deskName\n      deskDepartment\n      postalCode\n      address\n      phone\n      email\n    }\n    announcements(first: 5, orderBy: { field: PUBLISHED_AT, direction: DESC }) {\n      edges {\n        node {\n          id\n          title\n          body\n          category\n          publishedAt\n        }\n      }\n    }\n    challenges(first: 10, filter: { isOpen: true }, orderBy: { field: CLOSES_AT, direction: ASC }) {\n      totalCount\n      edges {\n        node {\n          id\n          title\n          background\n          desiredOutcome\n          tags\n          closesAt\n          department {\n            name\n          }\n        }\n      }\n    }\n  }\n":Xt};function C(t){return Qn[t]??{}}var Yt=window.PPPDESK_PORTAL??{apiUrl:"http://localhost:8080",municipality:"aomori"},Le=new URL(Yt.apiUrl.replace(/\/*$/,"/"),location.href),ve=Yt.municipality;var Ue="pppdesk.portal.token";function le(){return sessionStorage.getItem(Ue)}var Ve=new Set;function oe(t){t?sessionStorage.setItem(Ue,t):sessionStorage.removeItem(Ue),Ve.forEach(n=>n())}function Zt(t){return Ve.add(t),()=>Ve.delete(t)}var Jn=new URL("graphql",Le),en={BAD_USER_INPUT:"入力内容を確認してください。",CONFLICT:"ほかの操作と重なったか、いまの状態ではできない操作です。画面を読み込み直してください。",FORBIDDEN:"この操作はできません。",NOT_FOUND:"見つかりませんでした。",UNAUTHENTICATED:"ログインが必要です（または有効期限が切れました）。",RATE_LIMITED:"操作が続いたため、しばらく受け付けられません。少し待ってからお試しください。",UNAVAILABLE:"サーバーが応答できません。しばらくしてからお試しください。",INTERNAL:"予期しないエラーが起きました。",NETWORK:"サーバーに接続できません。通信環境を確認してください。"},W=class extends Error{constructor(r,o,a){super(o);this.code=r;this.serverMessage=o;this.field=a}code;serverMessage;field;sentence(){let r=[en[this.code]];return this.field&&r.push(`（項目: ${this.field}）`),this.serverMessage&&this.code!=="INTERNAL"&&this.code!=="NETWORK"&&r.push(`サーバーの説明: ${this.serverMessage}`),r.join(" ")}},jn=new Set(Object.keys(en));function Gn(t){let n=t.extensions?.code??"INTERNAL";return new W(jn.has(n)?n:"INTERNAL",t.message,t.extensions?.field)}async function tn(t,n){let r=le();r&&(n.Authorization=`Bearer ${r}`),n.Accept="application/graphql-response+json, application/json",n["X-Municipality"]=ve;let o;try{o=await fetch(Jn,{...t,headers:n,credentials:"omit",mode:"cors",cache:"no-store"})}catch{throw new W("NETWORK","")}let a;try{a=await o.json()}catch{throw new W(o.status>=500?"UNAVAILABLE":"NETWORK",`HTTP ${o.status}`)}if(a.errors&&a.errors.length>0){let i=Gn(a.errors[0]);throw i.code==="UNAUTHENTICATED"&&r&&oe(null),i}if(!a.data)throw new W("INTERNAL",`HTTP ${o.status}`);return a.data}function R(t,n){return tn({method:"POST",body:JSON.stringify({query:t.toString(),variables:n})},{"Content-Type":"application/json"})}function Ce(t,n,r,o){let a=new FormData;return a.append("operations",JSON.stringify({query:t.toString(),variables:n})),a.append("map",JSON.stringify({0:[r]})),a.append("0",o,o.name),tn({method:"POST",body:a},{"GraphQL-Require-Preflight":"1"})}function Be(t){return new URL(t.replace(/^\/+/,""),Le).toString()}async function nn(t,n){let r=le(),o;try{o=await fetch(Be(t),{headers:r?{Authorization:`Bearer ${r}`,"X-Municipality":ve}:{"X-Municipality":ve},credentials:"omit",mode:"cors"})}catch{throw new W("NETWORK","")}if(o.status===401)throw new W("UNAUTHENTICATED","");if(o.status===403)throw new W("FORBIDDEN","");if(o.status===404)throw new W("NOT_FOUND","");if(!o.ok)throw new W(o.status===429?"RATE_LIMITED":"UNAVAILABLE",`HTTP ${o.status}`);let a=URL.createObjectURL(await o.blob()),i=document.createElement("a");i.href=a,i.download=n,document.body.appendChild(i),i.click(),i.remove(),setTimeout(()=>URL.revokeObjectURL(a),1e4)}function rn(t){return t instanceof W?t:new W("INTERNAL",String(t))}function L(t,n,r=!1){let o=JSON.stringify(n),[a,i]=h(void 0),[l,s]=h(void 0),[p,_]=h(!r),d=St(0),g=vt(async()=>{if(r)return;let c=++d.current;_(!0);try{let u=await R(t,JSON.parse(o));c===d.current&&(i(u),s(void 0))}catch(u){c===d.current&&s(rn(u))}finally{c===d.current&&_(!1)}},[t,o,r]);return F(()=>{g()},[g]),{data:a,error:l,loading:p,reload:g}}function O(t){let[n,r]=h(!1),[o,a]=h(void 0);return{run:async(...l)=>{r(!0),a(void 0);try{return await t(...l)}catch(s){a(rn(s));return}finally{r(!1)}},busy:n,error:o}}function Ke(){let[t,n]=h(()=>le()!==null);return F(()=>Zt(()=>n(le()!==null)),[]),t}function on(){let t=location.hash.replace(/^#/,"")||"/",n=t.indexOf("?");return n<0?{path:t,query:new URLSearchParams}:{path:t.slice(0,n),query:new URLSearchParams(t.slice(n+1))}}function an(){let[t,n]=h(on);return F(()=>{let r=()=>n(on());return window.addEventListener("hashchange",r),()=>window.removeEventListener("hashchange",r)},[]),t}function k(t,n){let r=new URLSearchParams;for(let[a,i]of Object.entries(n??{}))i&&r.set(a,i);let o=r.toString();return`#${t}${o?`?${o}`:""}`}function ae(t,n){location.hash=k(t,n)}function He(t,n){let r=t.split("/").filter(Boolean),o=n.split("/").filter(Boolean);if(r.length!==o.length)return null;let a={};for(let i=0;i<r.length;i++){let l=r[i];if(l.startsWith(":"))a[l.slice(1)]=decodeURIComponent(o[i]);else if(l!==o[i])return null}return a}var Xn=Symbol.for("pv"),Yn=0;function e(t,n,r,o,a,i){n||(n={});var l,s,p=n;if("ref"in p&&typeof t!="function")for(s in p={},n)s=="ref"?l=n[s]:p[s]=n[s];var _={type:t,props:p,key:r,ref:l,__k:null,__:null,__b:0,__e:null,__c:null,constructor:Xn,__v:--Yn,__i:-1,__u:0};return(a||i)&&(_.__source=a,_.__self=i),I.vnode&&I.vnode(_),_}function $({error:t}){return t?e("p",{class:"error",role:"alert",children:t.sentence()}):null}function B(){return e("p",{class:"loading","aria-busy":"true",children:"読み込み中…"})}function j({children:t}){return e("p",{class:"notice",role:"status",children:t})}function A({title:t,children:n}){return F(()=>{document.title=`${t} | 公民連携ポータル`},[t]),e(D,{children:[e("h1",{children:t}),n]})}function ue({label:t,stack:n,hasNext:r,endCursor:o,onMove:a}){return e("nav",{class:"pager","aria-label":t,children:[e("button",{type:"button",disabled:n.length===0,onClick:()=>a(n.slice(0,-1)),children:"前のページ"}),e("span",{children:[n.length+1,"ページ目"]}),e("button",{type:"button",disabled:!r||!o,onClick:()=>o&&a([...n,o]),children:"次のページ"})]})}function z({text:t}){return e(D,{children:t.split(/\n{2,}/).filter(n=>n.trim()!=="").map((n,r)=>e("p",{class:"pre",children:n},r))})}var Zn=C(`
  mutation PortalSignUp($input: SignUpInput!) {
    signUp(input: $input) {
      message
    }
  }
`),er=C(`
  mutation PortalConfirmSignUp($token: String!, $password: String!) {
    confirmSignUp(token: $token, password: $password) {
      token
    }
  }
`),tr=C(`
  mutation PortalLogin($email: String!, $password: String!) {
    login(email: $email, password: $password) {
      token
    }
  }
`),nr=C(`
  mutation PortalLogout {
    logout
  }
`),rr=C(`
  mutation PortalVerifyEmail($token: String!) {
    verifyEmail(token: $token)
  }
`),or=C(`
  mutation PortalRequestReset($email: String!) {
    requestPasswordReset(email: $email)
  }
`),ar=C(`
  mutation PortalResetPassword($token: String!, $password: String!) {
    resetPassword(token: $token, newPassword: $password) {
      token
    }
  }
`),ir=[["CORPORATION","法人（株式会社など）"],["SOLE_PROPRIETOR","個人事業主"],["NPO","NPO法人"],["ASSOCIATION","一般社団法人・協会・団体"],["UNIVERSITY","大学・高専・研究機関"],["FINANCIAL_INSTITUTION","金融機関"],["OTHER_GROUP","その他の団体"]];function sn(){let[t,n]=h({email:"",password:"",displayName:"",orgName:"",orgKind:"CORPORATION",corporateNumber:""}),r=O(()=>R(Zn,{input:{email:t.email,password:t.password,displayName:t.displayName,organization:{name:t.orgName,kind:t.orgKind,...t.corporateNumber?{corporateNumber:t.corporateNumber}:{}}}})),o=a=>i=>n({...t,[a]:i.currentTarget.value});return e(A,{title:"提案者の新規登録",children:[e("p",{children:"提案にはアカウントが必要です。登録するとメールで確認コードが届きます。"}),e("form",{"aria-label":"新規登録",class:"form",onSubmit:async a=>{a.preventDefault(),await r.run()&&(sessionStorage.setItem("pppdesk.portal.signup",t.email),ae("/confirm"))},children:[e("label",{children:["メールアドレス",e("span",{class:"req",children:"（必須）"}),e("input",{type:"email",autocomplete:"email",required:!0,value:t.email,onInput:o("email")})]}),e("label",{children:["パスワード（10文字以上）",e("span",{class:"req",children:"（必須）"}),e("input",{type:"password",autocomplete:"new-password",minLength:10,required:!0,value:t.password,onInput:o("password")})]}),e("label",{children:["お名前（表示名）",e("span",{class:"req",children:"（必須）"}),e("input",{autocomplete:"name",required:!0,value:t.displayName,onInput:o("displayName")})]}),e("fieldset",{children:[e("legend",{children:"代表する事業者等"}),e("label",{children:["名称",e("span",{class:"req",children:"（必須）"}),e("input",{autocomplete:"organization",required:!0,value:t.orgName,onInput:o("orgName")})]}),e("label",{children:["種類",e("select",{value:t.orgKind,onChange:o("orgKind"),children:ir.map(([a,i])=>e("option",{value:a,children:i},a))})]}),e("label",{children:["法人番号（13桁、任意）",e("input",{inputMode:"numeric",value:t.corporateNumber,onInput:o("corporateNumber")})]})]}),e($,{error:r.error}),e("button",{type:"submit",disabled:r.busy,children:"登録を申し込む"})]}),e("p",{children:["登録済みの方は ",e("a",{href:k("/signin"),children:"ログイン"})]})]})}function ln(){let[t,n]=h(""),[r,o]=h(""),a=sessionStorage.getItem("pppdesk.portal.signup"),i=O(()=>R(er,{token:t.trim(),password:r}));return e(A,{title:"メールアドレスの確認",children:[e(j,{children:[a?`${a} に確認コードを送りました。`:"メールで届いた確認コードを入力してください。","メールに記載の確認コードと、登録時のパスワードを入力すると登録が完了します。"]}),e("form",{"aria-label":"確認コードの入力",class:"form",onSubmit:async l=>{l.preventDefault();let s=await i.run();s&&(sessionStorage.removeItem("pppdesk.portal.signup"),oe(s.confirmSignUp.token),ae("/mypage",{welcome:"1"}))},children:[e("label",{children:["確認コード",e("span",{class:"req",children:"（必須）"}),e("input",{autocomplete:"one-time-code",required:!0,value:t,onInput:l=>n(l.currentTarget.value)})]}),e("label",{children:["パスワード",e("span",{class:"req",children:"（必須）"}),e("input",{type:"password",autocomplete:"current-password",required:!0,value:r,onInput:l=>o(l.currentTarget.value)})]}),e($,{error:i.error}),e("button",{type:"submit",disabled:i.busy,children:"登録を完了する"})]})]})}function We(){let[t,n]=h(""),[r,o]=h(""),a=O(()=>R(tr,{email:t,password:r})),i=O(()=>R(or,{email:t})),[l,s]=h(!1);return e(A,{title:"ログイン",children:[e("form",{"aria-label":"ログイン",class:"form",onSubmit:async p=>{p.preventDefault();let _=await a.run();_&&(oe(_.login.token),ae("/mypage"))},children:[e("label",{children:["メールアドレス",e("input",{type:"email",autocomplete:"email",required:!0,value:t,onInput:p=>n(p.currentTarget.value)})]}),e("label",{children:["パスワード",e("input",{type:"password",autocomplete:"current-password",required:!0,value:r,onInput:p=>o(p.currentTarget.value)})]}),e($,{error:a.error}),e("button",{type:"submit",disabled:a.busy,children:"ログインする"})]}),e("section",{"aria-labelledby":"forgot",children:[e("h2",{id:"forgot",children:"パスワードを忘れた方"}),e("p",{children:"上の欄にメールアドレスを入れて押すと、再設定のリンクをメールで送ります。"}),e("button",{type:"button",disabled:i.busy||!t,onClick:async()=>{await i.run()&&s(!0)},children:"再設定のメールを送る"}),e($,{error:i.error}),l&&e(j,{children:"登録があれば、再設定のリンクを送りました。"})]}),e("p",{children:["はじめての方は ",e("a",{href:k("/signup"),children:"新規登録"})]})]})}async function un(){try{await R(nr,{})}catch{}oe(null),ae("/")}function dn(){return new URLSearchParams(location.hash.replace(/^#/,"")).get("token")??""}function pn(){let[t]=h(dn),n=O(()=>R(rr,{token:t})),[r,o]=h(!1);return F(()=>{t&&n.run().then(a=>{a&&o(!0)})},[t]),e(A,{title:"メールアドレスの確認",children:[!t&&e("p",{children:"リンクに確認のトークンがありません。メールのリンクをそのまま開いてください。"}),n.busy&&e(B,{}),e($,{error:n.error}),r&&e(j,{children:"メールアドレスを確認しました。提案を提出できます。"}),e("p",{children:e("a",{href:k("/mypage"),children:"マイページへ"})})]})}function cn(){let[t]=h(dn),[n,r]=h(""),o=O(()=>R(ar,{token:t,password:n}));return e(A,{title:"パスワードの再設定",children:e("form",{"aria-label":"パスワードの再設定",class:"form",onSubmit:async a=>{a.preventDefault();let i=await o.run();i&&(oe(i.resetPassword.token),location.replace(new URL(k("/mypage"),document.baseURI).toString()))},children:[e("label",{children:["新しいパスワード（10文字以上）",e("input",{type:"password",autocomplete:"new-password",minLength:10,required:!0,value:n,onInput:a=>r(a.currentTarget.value)})]}),e($,{error:o.error}),e("button",{type:"submit",disabled:o.busy||!t,children:"設定してログインする"})]})})}var mn="Asia/Tokyo",gn=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:mn}),sr=new Intl.DateTimeFormat("ja-JP-u-ca-japanese",{era:"long",year:"numeric",month:"long",day:"numeric",timeZone:"UTC"}),lr=new Intl.DateTimeFormat("ja-JP",{hour:"2-digit",minute:"2-digit",hour12:!1,timeZone:mn});function ze(t){return t.replace(/(\D)1年/,"$1元年")}function Z(t){if(!t)return"";let n=/^(\d{4})-(\d{2})-(\d{2})$/.exec(t);return n?ze(sr.format(new Date(Date.UTC(Number(n[1]),Number(n[2])-1,Number(n[3]))))):t}function Qe(t){if(!t)return"";let n=new Date(t);return Number.isNaN(n.getTime())?t:ze(gn.format(n))}function ee(t){if(!t)return"";let n=new Date(t);return Number.isNaN(n.getTime())?t:`${ze(gn.format(n))} ${lr.format(n)}`}var ie={DRAFT:"下書き（未提出）",SUBMITTED:"提出済み",IN_DIALOGUE:"対話中",ACCEPTED:"採択",DECLINED:"不採択",WITHDRAWN:"取下げ"},ge={PARTNERSHIP:"連携事業",DEMONSTRATION:"実証実験",AGREEMENT:"連携協定",OTHER:"その他"},xe={BUSINESS:"事業連携協定",COMPREHENSIVE:"包括連携協定",MEMORANDUM:"覚書"},fn={PLANNED:"締結予定",ACTIVE:"有効",EXPIRED:"期間満了",TERMINATED:"終了"},G={CITY:"市",PARTNER:"事業者等"},se={PEOPLE:"ヒト",GOODS:"モノ",MONEY:"カネ",INFORMATION:"情報"};var ur=10,dr=C(`
  query PortalCaseStudies($first: Int, $after: String, $filter: CaseStudyFilter) {
    caseStudies(first: $first, after: $after, filter: $filter, orderBy: { field: START_ON, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          slug
          title
          locality
          category
          summary
          startOn
          tags
        }
      }
    }
  }
`),pr=Object.keys(ge);function yn(){let[t,n]=h(""),[r,o]=h(""),[a,i]=h(""),[l,s]=h({}),[p,_]=h([]),d=L(dr,{first:ur,after:p[p.length-1]??null,filter:l}),g=d.data?.caseStudies;return e(A,{title:"連携事例",children:[e("form",{class:"filters","aria-label":"連携事例の絞り込み",onSubmit:c=>{c.preventDefault(),_([]),s({...t?{search:t}:{},...r?{category:r}:{},...a?{locality:a}:{}})},children:[e("label",{children:["キーワード",e("input",{type:"search",value:t,onInput:c=>n(c.currentTarget.value)})]}),e("label",{children:["分類",e("select",{value:r,onChange:c=>o(c.currentTarget.value),children:[e("option",{value:"",children:"すべて"}),pr.map(c=>e("option",{value:c,children:ge[c]},c))]})]}),e("label",{children:["実施自治体",e("input",{value:a,onInput:c=>i(c.currentTarget.value)})]}),e("button",{type:"submit",children:"絞り込む"})]}),e($,{error:d.error}),d.loading&&e(B,{}),g&&e(D,{children:[e("p",{role:"status",children:[g.totalCount,"件"]}),e("ul",{class:"cards",children:g.edges.map(({node:c})=>e("li",{class:"card",children:[e("h2",{children:e("a",{href:k("/case-studies/"+encodeURIComponent(c.slug)),children:c.title})}),e("p",{class:"meta",children:[ge[c.category]," ・ ",c.locality," ",c.startOn&&`・ ${Z(c.startOn)}〜`]}),e("p",{children:c.summary}),c.tags.length>0&&e("p",{class:"tags",children:c.tags.map(u=>e("span",{class:"tag",children:u},u))})]},c.id))}),e(ue,{label:"連携事例のページ",stack:p,hasNext:g.pageInfo.hasNextPage,endCursor:g.pageInfo.endCursor,onMove:_})]})]})}var cr=C(`
  query PortalCaseStudy($id: ID, $slug: String) {
    caseStudy(id: $id, slug: $slug) {
      id
      slug
      title
      locality
      program
      category
      partners {
        id
        name
      }
      startOn
      endOn
      dateNote
      summary
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      tags
      media {
        id
        url
        alt
        contentType
      }
    }
  }
`),mr=/^[a-z0-9]+(?:-[a-z0-9]+)*$/;function gr(t){return mr.test(t)?{slug:t}:{id:t}}function _n({slug:t}){let n=L(cr,gr(t)),r=n.data?.caseStudy;return F(()=>{r&&r.slug!==t&&history.replaceState(null,"",k("/case-studies/"+encodeURIComponent(r.slug)))},[r?.slug,t]),n.loading?e(B,{}):n.error&&n.error.code!=="NOT_FOUND"?e($,{error:n.error}):r?e(A,{title:r.title,children:[e("p",{class:"meta",children:[ge[r.category]," ・ ",r.locality,r.program&&` ・ ${r.program}`]}),e("dl",{class:"facts",children:[e("dt",{children:"期間"}),e("dd",{children:[r.startOn?Z(r.startOn):"",(r.startOn||r.endOn)&&"〜",r.endOn?Z(r.endOn):""," ",r.dateNote]}),e("dt",{children:"連携先"}),e("dd",{children:r.partners.map(o=>o.name).join("、")||"—"})]}),e(z,{text:r.summary}),r.media.filter(o=>o.contentType.startsWith("image/")).map(o=>e("img",{src:Be(o.url),alt:o.alt,class:"media"},o.id)),r.resources.length>0&&e("section",{"aria-labelledby":"cs-resources",children:[e("h2",{id:"cs-resources",children:"提供したリソース"}),e("ul",{children:r.resources.map((o,a)=>e("li",{children:[G[o.side],"（",se[o.kind],"）: ",o.description]},a))})]}),r.merits.length>0&&e("section",{"aria-labelledby":"cs-merits",children:[e("h2",{id:"cs-merits",children:"メリット"}),e("ul",{children:r.merits.map((o,a)=>e("li",{children:[G[o.side],": ",o.description]},a))})]}),r.tags.length>0&&e("p",{class:"tags",children:r.tags.map(o=>e("span",{class:"tag",children:o},o))}),e("p",{children:e("a",{href:k("/case-studies"),children:"連携事例の一覧へ"})})]}):e(A,{title:"連携事例が見つかりません",children:e("p",{children:e("a",{href:k("/case-studies"),children:"連携事例の一覧へ"})})})}var fr=C(`
  query PortalAgreements($first: Int, $after: String, $filter: AgreementFilter) {
    agreements(first: $first, after: $after, filter: $filter, orderBy: { field: SIGNED_ON, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          kind
          title
          purpose
          status
          parties {
            id
            name
          }
          signedOn(format: WAREKI)
          termStartOn(format: WAREKI)
          termEndOn(format: WAREKI)
          items
          merits {
            side
            description
          }
        }
      }
    }
  }
`),yr=Object.keys(xe);function hn(){let[t,n]=h(""),[r,o]=h([]),a=L(fr,{first:10,after:r[r.length-1]??null,filter:t?{kind:t}:null}),i=a.data?.agreements;return e(A,{title:"連携協定",children:[e("form",{class:"filters","aria-label":"協定の絞り込み",onSubmit:l=>l.preventDefault(),children:e("label",{children:["協定の種類",e("select",{value:t,onChange:l=>{o([]),n(l.currentTarget.value)},children:[e("option",{value:"",children:"すべて"}),yr.map(l=>e("option",{value:l,children:xe[l]},l))]})]})}),e($,{error:a.error}),a.loading&&e(B,{}),i&&e(D,{children:[e("p",{role:"status",children:[i.totalCount,"件"]}),e("ul",{class:"cards",children:i.edges.map(({node:l})=>e("li",{class:"card",children:[e("h2",{children:l.title}),e("p",{class:"meta",children:[xe[l.kind]," ・ ",fn[l.status]]}),e("dl",{class:"facts",children:[e("dt",{children:"締結日"}),e("dd",{children:l.signedOn??"—"}),e("dt",{children:"期間"}),e("dd",{children:[l.termStartOn??"",(l.termStartOn||l.termEndOn)&&"〜",l.termEndOn??""]}),e("dt",{children:"協定先"}),e("dd",{children:l.parties.map(s=>s.name).join("、")||"—"})]}),e(z,{text:l.purpose}),l.items.length>0&&e(D,{children:[e("h3",{children:"連携事項"}),e("ul",{children:l.items.map((s,p)=>e("li",{children:s},p))})]}),l.merits.length>0&&e("ul",{children:l.merits.map((s,p)=>e("li",{children:[G[s.side],"のメリット: ",s.description]},p))})]},l.id))}),e(ue,{label:"協定のページ",stack:r,hasNext:i.pageInfo.hasNextPage,endCursor:i.pageInfo.endCursor,onMove:o})]})]})}var _r=C(`
  query PortalMethods {
    collaborationMethods(first: 50) {
      edges {
        node {
          id
          name
          description
        }
      }
    }
  }
`);function bn(){let t=L(_r,{});return e(A,{title:"連携の手法",children:[e($,{error:t.error}),t.loading&&e(B,{}),t.data&&e("dl",{class:"methods",children:t.data.collaborationMethods.edges.map(({node:n})=>e("div",{children:[e("dt",{children:n.name}),e("dd",{children:e(z,{text:n.description})})]},n.id))})]})}var hr=C(`
  mutation PortalInquiry($input: InquiryInput!) {
    submitInquiry(input: $input)
  }
`);function Pn(){let[t,n]=h({affiliation:"",name:"",email:"",phone:"",subject:"",body:""}),[r,o]=h(!1),a=O(()=>R(hr,{input:t})),i=(l,s,p={})=>e("label",{children:[s,p.required&&e("span",{class:"req",children:"（必須）"}),p.area?e("textarea",{required:p.required,rows:6,value:t[l],onInput:_=>n({...t,[l]:_.currentTarget.value})}):e("input",{type:p.type??"text",required:p.required,value:t[l],onInput:_=>n({...t,[l]:_.currentTarget.value})})]});return r?e(A,{title:"お問合せ",children:e(j,{children:"お問合せを受け付けました。担当者からご連絡します。"})}):e(A,{title:"お問合せ",children:e("form",{"aria-label":"お問合せフォーム",class:"form",onSubmit:async l=>{l.preventDefault(),await a.run()&&o(!0)},children:[i("affiliation","所属（会社名など）"),i("name","氏名",{required:!0}),i("email","メールアドレス",{type:"email",required:!0}),i("phone","電話番号",{type:"tel"}),i("subject","件名",{required:!0}),i("body","内容",{required:!0,area:!0}),e($,{error:a.error}),e("button",{type:"submit",disabled:a.busy,children:"送信する"})]})})}var br=C(`
  query PortalMyProposals($first: Int, $after: String, $filter: ProposalFilter) {
    me {
      id
      displayName
      email
      emailVerified
      organization {
        id
        name
      }
    }
    proposals(first: $first, after: $after, filter: $filter, orderBy: { field: UPDATED_AT, direction: DESC }) {
      totalCount
      pageInfo {
        hasNextPage
        endCursor
      }
      edges {
        node {
          id
          title
          status
          submittedAt
          updatedAt
          unreadMessageCount
        }
      }
    }
  }
`),Pr=C(`
  mutation PortalRequestVerification {
    requestEmailVerification
  }
`),Sr=Object.keys(ie);function Sn({welcome:t}){let[n,r]=h(""),[o,a]=h([]),i=L(br,{first:20,after:o[o.length-1]??null,filter:n?{status:n}:null}),l=O(()=>R(Pr,{})),[s,p]=h(!1),_=i.data?.me,d=i.data?.proposals;return e(A,{title:"マイページ（提案の一覧）",children:[t&&e(j,{children:"登録が完了しました。ようこそ。"}),e($,{error:i.error}),i.loading&&e(B,{}),_&&e("section",{"aria-labelledby":"me-account",children:[e("h2",{id:"me-account",children:"アカウント"}),e("p",{children:[_.displayName,"（",_.organization?.name??"事業者等なし","） ",_.email]}),_.emailVerified?e("p",{class:"ok",children:"メールアドレスは確認済みです。"}):e("div",{class:"warn",children:[e("p",{children:"メールアドレスが未確認です。確認するまで提案を提出できません。"}),e("button",{type:"button",disabled:l.busy,onClick:async()=>{await l.run()&&p(!0)},children:"確認メールを送る"}),e($,{error:l.error}),s&&e(j,{children:"確認のリンクをメールで送りました。"})]})]}),d&&e("section",{"aria-labelledby":"me-proposals",children:[e("h2",{id:"me-proposals",children:"提案の一覧"}),e("p",{children:e("a",{class:"button",href:k("/proposals/new"),children:"新しい提案を書く"})}),e("form",{class:"filters","aria-label":"提案の絞り込み",onSubmit:g=>g.preventDefault(),children:e("label",{children:["状態",e("select",{value:n,onChange:g=>{a([]),r(g.currentTarget.value)},children:[e("option",{value:"",children:"すべて"}),Sr.map(g=>e("option",{value:g,children:ie[g]},g))]})]})}),d.edges.length===0?e("p",{children:"提案はまだありません。"}):e("table",{class:"list",children:[e("caption",{children:["提案 ",d.totalCount,"件"]}),e("thead",{children:e("tr",{children:[e("th",{scope:"col",children:"件名"}),e("th",{scope:"col",children:"状態"}),e("th",{scope:"col",children:"提出日時"}),e("th",{scope:"col",children:"未読"})]})}),e("tbody",{children:d.edges.map(({node:g})=>e("tr",{"data-testid":"my-proposal",children:[e("td",{children:e("a",{href:k("/proposals/"+encodeURIComponent(g.id)),children:g.title})}),e("td",{children:e("span",{class:`status status-${g.status.toLowerCase()}`,children:ie[g.status]})}),e("td",{children:ee(g.submittedAt)||"—"}),e("td",{children:g.unreadMessageCount>0?`${g.unreadMessageCount}件`:""})]},g.id))})]}),e(ue,{label:"提案のページ",stack:o,hasNext:d.pageInfo.hasNextPage,endCursor:d.pageInfo.endCursor,onMove:a})]})]})}var kr=C(`
  query PortalCustomFields {
    customFieldDefinitions(target: PROPOSAL) {
      id
      key
      labelJa
      type
      required
      order
      choices {
        value
        labelJa
      }
    }
  }
`),kn="customFields.";function vr(t){return t?.code==="BAD_USER_INPUT"&&t.field?.startsWith(kn)?t.field.slice(kn.length):""}function Cr(t){return t?t.text!==void 0?t.text.trim()!=="":t.number!==void 0?Number.isFinite(t.number):t.date!==void 0?t.date!=="":t.boolean!==void 0?!0:t.choices!==void 0?t.choices.length>0:!1:!1}function Je(t){return{customFields:Object.entries(t).filter(([,n])=>Cr(n)).map(([n,r])=>({key:n,...r}))}}var te=t=>`cf-${t}`,vn=t=>`cf-${t}-error`;function Cn({values:t,onChange:n,error:r}){let o=L(kr,{}),a=vr(r),i=[...o.data?.customFieldDefinitions??[]].sort((s,p)=>s.order-p.order);if(F(()=>{a&&(o.reload(),document.getElementById(te(a))?.focus())},[r]),o.error)return e("p",{class:"error",children:["追加の項目を読み込めませんでした。",o.error.sentence()]});if(i.length===0)return null;let l=(s,p)=>n({...t,[s]:p});return e("fieldset",{class:"custom-fields",children:[e("legend",{children:"自治体が定める項目"}),i.map(s=>{let p=t[s.key]??{},_=s.key===a,d=s.required?e("span",{class:"req",children:"（必須）"}):null,g=_?e("span",{class:"field-error",id:vn(s.key),children:["この項目を確認してください。",r.serverMessage&&`（サーバーの説明: ${r.serverMessage}）`]}):null,c={"aria-invalid":_?"true":void 0,"aria-describedby":_?vn(s.key):void 0};return e(D,{children:[(()=>{switch(s.type){case"BOOLEAN":case"MULTIPLE_CHOICE":{let f=s.type==="BOOLEAN"?[{value:"true",labelJa:"はい"},{value:"false",labelJa:"いいえ"}]:s.choices,x=s.type==="MULTIPLE_CHOICE",S=x?p.choices??[]:p.boolean===void 0?[]:[String(p.boolean)];return e("fieldset",{class:"choices",children:[e("legend",{children:[s.labelJa,d]}),f.map((v,P)=>e("label",{class:"check",children:[e("input",{id:P===0?te(s.key):void 0,type:x?"checkbox":"radio",name:te(s.key),value:v.value,checked:S.includes(v.value),required:s.required&&(!x||S.length===0),...c,onChange:E=>{if(!x)return l(s.key,{boolean:v.value==="true"});let m=E.currentTarget.checked;l(s.key,{choices:s.choices.map(V=>V.value).filter(V=>V===v.value?m:S.includes(V))})}}),v.labelJa]},v.value)),g]},s.id)}case"SINGLE_CHOICE":return e("label",{children:[s.labelJa,d,e("select",{id:te(s.key),required:s.required,value:p.choices?.[0]??"",onChange:f=>l(s.key,{choices:f.currentTarget.value?[f.currentTarget.value]:[]}),...c,children:[e("option",{value:"",children:"選んでください"}),s.choices.map(f=>e("option",{value:f.value,children:f.labelJa},f.value))]})]},s.id);case"LONG_TEXT":return e("label",{children:[s.labelJa,d,e("textarea",{id:te(s.key),rows:5,maxLength:1e4,required:s.required,value:p.text??"",onInput:f=>l(s.key,{text:f.currentTarget.value}),...c})]},s.id);case"NUMBER":return e("label",{children:[s.labelJa,d,e("input",{id:te(s.key),type:"number",step:"any",inputMode:"decimal",required:s.required,value:p.number??"",onInput:f=>{let x=f.currentTarget.valueAsNumber;l(s.key,Number.isFinite(x)?{number:x}:{})},...c})]},s.id);case"DATE":return e("label",{children:[s.labelJa,d,e("input",{id:te(s.key),type:"date",required:s.required,value:p.date??"",onInput:f=>l(s.key,f.currentTarget.value?{date:f.currentTarget.value}:{}),...c})]},s.id);default:return e("label",{children:[s.labelJa,d,e("input",{id:te(s.key),maxLength:200,required:s.required,value:p.text??"",onInput:f=>l(s.key,{text:f.currentTarget.value}),...c})]},s.id)}})(),s.type!=="BOOLEAN"&&s.type!=="MULTIPLE_CHOICE"&&g]},s.id)})]})}function xr(t){switch(t.definition.type){case"NUMBER":return t.number==null?"":t.number.toLocaleString("ja-JP");case"DATE":return Z(t.date);case"BOOLEAN":return t.boolean==null?"":t.boolean?"はい":"いいえ";case"SINGLE_CHOICE":case"MULTIPLE_CHOICE":return(t.choices??[]).map(n=>t.definition.choices.find(r=>r.value===n)?.labelJa??n).join("、");default:return t.text??""}}function xn({values:t}){return t.length===0?null:e(D,{children:[e("h3",{children:"自治体が定める項目"}),e("dl",{class:"facts","data-testid":"custom-fields",children:t.map(n=>e(D,{children:[e("dt",{children:n.definition.labelJa}),e("dd",{class:n.definition.type==="LONG_TEXT"?"pre":void 0,children:xr(n)||"—"})]},n.key))})]})}var wr=C(`
  query PortalProposalForm {
    me {
      id
      displayName
      email
      emailVerified
      organization {
        name
      }
    }
    proposalTerms {
      version
      text
    }
    collaborationMethods(first: 50) {
      edges {
        node {
          id
          name
        }
      }
    }
    challenges(first: 50, filter: { isOpen: true }) {
      edges {
        node {
          id
          title
        }
      }
    }
  }
`),$r=C(`
  mutation PortalCreateProposal($input: CreateProposalInput!) {
    createProposal(input: $input) {
      proposal {
        id
        version
      }
    }
  }
`),Ir=C(`
  mutation PortalUpdateProposalCustomFields($id: ID!, $version: Int!, $input: UpdateProposalInput!) {
    updateProposal(id: $id, version: $version, input: $input) {
      proposal {
        id
        version
      }
    }
  }
`),Ge=C(`
  mutation PortalAttachFile($proposalId: ID!, $file: Upload!) {
    attachFile(proposalId: $proposalId, file: $file) {
      id
      fileName
    }
  }
`),Xe=C(`
  mutation PortalSubmitProposal($id: ID!, $acceptTerms: Boolean!) {
    submitProposal(id: $id, acceptTerms: $acceptTerms) {
      proposal {
        id
        status
      }
    }
  }
`),je=["PARTNER","CITY"],Dr=Object.keys(se);function wn({challengeId:t}){let n=L(wr,{}),[r,o]=h(t?"CHALLENGE":"FREE"),[a,i]=h(t),[l,s]=h({title:"",summary:"",body:"",desiredScheme:""}),[p,_]=h({}),[d,g]=h({CITY:"",PARTNER:""}),[c,u]=h(null),[f,x]=h([]),[S,v]=h(!1),[P,E]=h({}),[m,V]=h(null),H=m?.id??"",K=n.data?.me,U=c??{affiliation:K?.organization?.name??"",name:K?.displayName??"",email:K?.email??"",phone:""},y=O(async()=>{let b=H;if(m){let w=await R(Ir,{id:m.id,version:m.version,input:Je(P)});V({id:b,version:w.updateProposal.proposal.version})}else{let w=await R($r,{input:{kind:r,...r==="CHALLENGE"&&a?{challengeId:a}:{},...l,resources:Object.entries(p).filter(([,J])=>J.trim()!=="").map(([J,An])=>{let[En,Rn]=J.split(":");return{side:En,kind:Rn,description:An.trim()}}),merits:je.filter(J=>d[J].trim()!=="").map(J=>({side:J,description:d[J].trim()})),contact:U,...Je(P)}});b=w.createProposal.proposal.id,V({id:b,version:w.createProposal.proposal.version});for(let J of f)await Ce(Ge,{proposalId:b,file:null},"variables.file",J)}return await R(Xe,{id:b,acceptTerms:S}),b});if(n.loading)return e(B,{});if(n.error||!n.data)return e($,{error:n.error});if(!K)return e(A,{title:"提案する",children:e("p",{children:["提案には ",e("a",{href:k("/signin"),children:"ログイン"})," が必要です。はじめての方は ",e("a",{href:k("/signup"),children:"新規登録"})," へ。"]})});let q=b=>w=>s({...l,[b]:w.currentTarget.value}),Q=b=>w=>u({...U,[b]:w.currentTarget.value});return e(A,{title:"提案する",children:[!K.emailVerified&&e("p",{class:"warn",children:"メールアドレスが未確認です。確認するまで提出できません（マイページから確認メールを送れます）。"}),e("form",{"aria-label":"提案フォーム",class:"form",onSubmit:async b=>{b.preventDefault();let w=await y.run();w&&ae("/proposals/"+encodeURIComponent(w),{sent:"1"})},children:[e("fieldset",{disabled:!!H,children:[e("legend",{children:"提案の内容"}),e("label",{children:["提案の種類",e("select",{value:r,onChange:b=>o(b.currentTarget.value),children:[e("option",{value:"FREE",children:"自由提案"}),e("option",{value:"CHALLENGE",children:"課題提案（募集中の行政課題への提案）"})]})]}),r==="CHALLENGE"&&e("label",{children:["行政課題",e("span",{class:"req",children:"（必須）"}),e("select",{required:!0,value:a,onChange:b=>i(b.currentTarget.value),children:[e("option",{value:"",children:"選んでください"}),n.data.challenges.edges.map(({node:b})=>e("option",{value:b.id,children:b.title},b.id))]})]}),e("label",{children:["件名",e("span",{class:"req",children:"（必須）"}),e("input",{required:!0,value:l.title,onInput:q("title")})]}),e("label",{children:["概要",e("span",{class:"req",children:"（必須）"}),e("textarea",{required:!0,rows:3,value:l.summary,onInput:q("summary")})]}),e("label",{children:["提案の内容",e("span",{class:"req",children:"（必須）"}),e("textarea",{required:!0,rows:8,value:l.body,onInput:q("body")})]}),e("label",{children:["希望する連携手法",e("select",{value:l.desiredScheme,onChange:q("desiredScheme"),children:[e("option",{value:"",children:"未定・相談したい"}),n.data.collaborationMethods.edges.map(({node:b})=>e("option",{value:b.name,children:b.name},b.id))]})]})]}),e("fieldset",{disabled:!!H,children:[e("legend",{children:"提供できるリソース・市に求めるリソース"}),e("div",{class:"grid",children:je.map(b=>Dr.map(w=>e("label",{children:[b==="PARTNER"?"事業者等が提供する":"市に求める",se[w],e("input",{value:p[`${b}:${w}`]??"",onInput:J=>_({...p,[`${b}:${w}`]:J.currentTarget.value})})]},`${b}:${w}`)))})]}),e("fieldset",{disabled:!!H,children:[e("legend",{children:"期待されるメリット"}),je.map(b=>e("label",{children:[G[b],"のメリット",e("input",{value:d[b],onInput:w=>g({...d,[b]:w.currentTarget.value})})]},b))]}),e(Cn,{values:P,onChange:E,error:y.error}),e("fieldset",{disabled:!!H,children:[e("legend",{children:"連絡先"}),e("label",{children:["所属",e("span",{class:"req",children:"（必須）"}),e("input",{required:!0,value:U.affiliation,onInput:Q("affiliation")})]}),e("label",{children:["担当者名",e("span",{class:"req",children:"（必須）"}),e("input",{required:!0,value:U.name,onInput:Q("name")})]}),e("label",{children:["連絡先メールアドレス",e("span",{class:"req",children:"（必須）"}),e("input",{type:"email",required:!0,value:U.email,onInput:Q("email")})]}),e("label",{children:["電話番号",e("span",{class:"req",children:"（必須）"}),e("input",{type:"tel",required:!0,value:U.phone,onInput:Q("phone")})]})]}),e("fieldset",{disabled:!!H,children:[e("legend",{children:"添付ファイル"}),e("label",{children:["資料（複数可）",e("input",{type:"file",multiple:!0,onChange:b=>x(Array.from(b.currentTarget.files??[]))})]}),f.length>0&&e("ul",{"aria-label":"添付するファイル",children:f.map(b=>e("li",{children:[b.name,"（",Math.ceil(b.size/1024)," KB）"]},b.name))})]}),e("fieldset",{children:[e("legend",{children:"提案の留意事項"}),e("div",{class:"terms",tabIndex:0,role:"region","aria-label":`留意事項（第${n.data.proposalTerms.version}版）`,children:e(z,{text:n.data.proposalTerms.text})}),e("label",{class:"check",children:[e("input",{type:"checkbox",checked:S,onChange:b=>v(b.currentTarget.checked)}),"留意事項に同意します"]})]}),e($,{error:y.error}),H&&e("p",{class:"warn",children:["提案は下書きとして保存されています。",e("a",{href:k("/proposals/"+encodeURIComponent(H)),children:"下書きを開く"})]}),e("button",{type:"submit",disabled:y.busy||!S,children:"提案を提出する"})]})]})}var Tr=C(`
  query PortalProposal($id: ID!) {
    proposal(id: $id) {
      id
      kind
      title
      summary
      body
      desiredScheme
      status
      submittedAt
      decidedAt
      challenge {
        id
        title
      }
      resources {
        side
        kind
        description
      }
      merits {
        side
        description
      }
      contact {
        affiliation
        name
        email
        phone
      }
      messages {
        id
        body
        internal
        createdAt
        author {
          kind
          displayName
          department {
            name
          }
        }
      }
      history {
        action
        from
        to
        reason
        at
      }
      attachments {
        id
        fileName
        size
        downloadUrl
        createdAt
      }
      viewerActions
      unreadMessageCount
      customFields {
        key
        definition {
          labelJa
          type
          choices {
            value
            labelJa
          }
        }
        text
        number
        date
        boolean
        choices
      }
    }
    proposalTerms {
      version
      text
    }
  }
`),Ar=C(`
  mutation PortalPostMessage($id: ID!, $body: String!) {
    postProposalMessage(proposalId: $id, body: $body, internal: false) {
      proposal {
        id
      }
    }
  }
`),Er=C(`
  mutation PortalWithdraw($id: ID!, $reason: String) {
    withdrawProposal(id: $id, reason: $reason) {
      proposal {
        id
        status
      }
    }
  }
`),Rr=C(`
  mutation PortalMarkRead($id: ID!) {
    markProposalRead(id: $id) {
      proposal {
        id
      }
    }
  }
`),qr={CREATE:"作成",SUBMIT:"提出",ASSIGN:"担当課で検討",DECIDE:"採否の決定",WITHDRAW:"取下げ",LINK:"事業・協定への結び付け"},$n={PROPOSER:"提案者",DESK:"公民連携デスク",DEPARTMENT:"担当課"};function Nr(t){let n=t.displayName??t.department?.name;return n?`${n}（${$n[t.kind]}）`:$n[t.kind]}function In({s:t}){return e("span",{class:`status status-${t.toLowerCase()}`,children:ie[t]})}function Dn({id:t,sent:n}){let r=L(Tr,{id:t}),[o,a]=h(""),[i,l]=h(""),[s,p]=h(!1),[_,d]=h(!1),[g,c]=h(null),[u,f]=h(""),x=O(async()=>{await R(Ar,{id:t,body:o}),a(""),f("メッセージを送りました。"),await r.reload()}),S=O(async()=>{await R(Er,{id:t,reason:i||null}),f("提案を取り下げました。"),await r.reload()}),v=O(async()=>{await R(Xe,{id:t,acceptTerms:_}),f("提案を提出しました。"),await r.reload()}),P=O(async()=>{g&&(await Ce(Ge,{proposalId:t,file:null},"variables.file",g),c(null),f(`${g.name} を添付しました。`),await r.reload())}),E=O((y,q)=>nn(y,q)),m=r.data?.proposal,V=y=>!!m&&m.viewerActions.includes(y),H=m?.unreadMessageCount??0;if(F(()=>{m&&H>0&&m.viewerActions.includes("MARK_READ")&&R(Rr,{id:m.id}).catch(()=>{})},[m?.id,H]),r.loading&&!m)return e(B,{});if(r.error&&!m)return e($,{error:r.error});if(!m)return e(A,{title:"提案が見つかりません",children:e("p",{children:e("a",{href:k("/mypage"),children:"マイページへ"})})});let K=[...m.history].reverse().find(y=>y.action==="DECIDE"),U=m.messages.filter(y=>!y.internal);return e(A,{title:m.title,children:[n&&!u&&e(j,{children:"提案を受け付けました。デスクからの連絡をお待ちください。"}),u&&e(j,{children:u}),e($,{error:r.error}),e("dl",{class:"facts",children:[e("dt",{children:"状態"}),e("dd",{"data-testid":"proposal-status",children:e(In,{s:m.status})}),e("dt",{children:"種類"}),e("dd",{children:m.kind==="CHALLENGE"?`課題提案（${m.challenge?.title??""}）`:"自由提案"}),e("dt",{children:"提出日時"}),e("dd",{children:ee(m.submittedAt)||"—"}),m.decidedAt&&e(D,{children:[e("dt",{children:"採否の決定日時"}),e("dd",{children:ee(m.decidedAt)})]})]}),K&&e("section",{"aria-labelledby":"pp-decision",class:"decision",children:[e("h2",{id:"pp-decision",children:["デスクの判断: ",K.to?ie[K.to]:""]}),e("p",{class:"pre",children:K.reason})]}),e("section",{"aria-labelledby":"pp-dialogue",children:[e("h2",{id:"pp-dialogue",children:"対話"}),U.length===0&&e("p",{children:"メッセージはまだありません。"}),e("ol",{class:"messages",children:U.map(y=>e("li",{class:y.author.kind==="PROPOSER"?"mine":"theirs",children:[e("p",{class:"meta",children:[Nr(y.author)," ",ee(y.createdAt)]}),e("p",{class:"pre",children:y.body})]},y.id))}),V("MESSAGE")&&e("form",{"aria-label":"メッセージを送る",class:"form",onSubmit:async y=>{y.preventDefault(),await x.run()},children:[e("label",{children:["デスクへのメッセージ",e("textarea",{required:!0,rows:4,value:o,onInput:y=>a(y.currentTarget.value)})]}),e($,{error:x.error}),e("button",{type:"submit",disabled:x.busy||o.trim()==="",children:"メッセージを送る"})]})]}),e("section",{"aria-labelledby":"pp-files",children:[e("h2",{id:"pp-files",children:"添付ファイル"}),m.attachments.length===0&&e("p",{children:"添付ファイルはありません。"}),e("ul",{children:m.attachments.map(y=>e("li",{children:[e("button",{type:"button",class:"link",onClick:()=>{E.run(y.downloadUrl,y.fileName)},children:y.fileName})," ","（",Math.ceil(y.size/1024)," KB、",ee(y.createdAt),"）"]},y.id))}),e($,{error:E.error}),V("ATTACH")&&e("form",{"aria-label":"ファイルを添付する",class:"form",onSubmit:async y=>{y.preventDefault(),await P.run()},children:[e("label",{children:["追加するファイル",e("input",{type:"file",onChange:y=>c(y.currentTarget.files?.[0]??null)})]}),e($,{error:P.error}),e("button",{type:"submit",disabled:P.busy||!g,children:"添付する"})]})]}),e("section",{"aria-labelledby":"pp-content",children:[e("h2",{id:"pp-content",children:"提案の内容"}),e("h3",{children:"概要"}),e(z,{text:m.summary}),e("h3",{children:"内容"}),e(z,{text:m.body}),m.desiredScheme&&e("p",{children:["希望する連携手法: ",m.desiredScheme]}),m.resources.length>0&&e("ul",{children:m.resources.map((y,q)=>e("li",{children:[G[y.side],"（",se[y.kind],"）: ",y.description]},q))}),m.merits.length>0&&e("ul",{children:m.merits.map((y,q)=>e("li",{children:[G[y.side],"のメリット: ",y.description]},q))}),e(xn,{values:m.customFields}),m.contact&&e("p",{children:["連絡先: ",m.contact.affiliation," ",m.contact.name," ",m.contact.email," ",m.contact.phone]})]}),V("SUBMIT")&&e("section",{"aria-labelledby":"pp-submit",children:[e("h2",{id:"pp-submit",children:"この下書きを提出する"}),e("div",{class:"terms",tabIndex:0,role:"region","aria-label":`留意事項（第${r.data.proposalTerms.version}版）`,children:e(z,{text:r.data.proposalTerms.text})}),e("label",{class:"check",children:[e("input",{type:"checkbox",checked:_,onChange:y=>d(y.currentTarget.checked)}),"留意事項に同意します"]}),e($,{error:v.error}),e("button",{type:"button",disabled:v.busy||!_,onClick:()=>{v.run()},children:"提案を提出する"})]}),V("WITHDRAW")&&e("section",{"aria-labelledby":"pp-withdraw",children:[e("h2",{id:"pp-withdraw",children:"提案の取下げ"}),e("label",{children:["取下げの理由（任意）",e("textarea",{rows:3,value:i,onInput:y=>l(y.currentTarget.value)})]}),e("label",{class:"check",children:[e("input",{type:"checkbox",checked:s,onChange:y=>p(y.currentTarget.checked)}),"取り下げると元に戻せないことを確認しました"]}),e($,{error:S.error}),e("button",{type:"button",class:"danger",disabled:S.busy||!s,onClick:()=>{S.run()},children:"提案を取り下げる"})]}),e("section",{"aria-labelledby":"pp-history",children:[e("h2",{id:"pp-history",children:"経過"}),e("ol",{class:"history",children:m.history.map((y,q)=>e("li",{children:[ee(y.at)," ",qr[y.action]??y.action,y.to&&e(D,{children:[" ","→ ",e(In,{s:y.to})]}),y.reason&&y.action!=="DECIDE"&&`（${y.reason}）`]},q))})]}),e("p",{children:e("a",{href:k("/mypage"),children:"マイページ（提案の一覧）へ"})})]})}var Mr=C(`
  query PortalTop {
    municipality {
      name
      deskName
      deskDepartment
      postalCode
      address
      phone
      email
    }
    announcements(first: 5, orderBy: { field: PUBLISHED_AT, direction: DESC }) {
      edges {
        node {
          id
          title
          body
          category
          publishedAt
        }
      }
    }
    challenges(first: 10, filter: { isOpen: true }, orderBy: { field: CLOSES_AT, direction: ASC }) {
      totalCount
      edges {
        node {
          id
          title
          background
          desiredOutcome
          tags
          closesAt
          department {
            name
          }
        }
      }
    }
  }
`);function we(t){return t.deskName.startsWith(t.name)?t.deskName:`${t.name} ${t.deskName}`}function Tn(){let t=L(Mr,{}),n=t.data?.municipality;return e(A,{title:n?we(n):"公民連携ポータル",children:[e($,{error:t.error}),t.loading&&e(B,{}),t.data&&n&&e(D,{children:[e("section",{"aria-labelledby":"top-open",children:[e("h2",{id:"top-open",children:"募集中の行政課題"}),t.data.challenges.edges.length===0&&e("p",{children:"いま募集中の課題はありません。自由提案はいつでも受け付けています。"}),e("ul",{class:"cards",children:t.data.challenges.edges.map(({node:r})=>e("li",{class:"card",children:[e("h3",{children:r.title}),r.department&&e("p",{class:"meta",children:["担当: ",r.department.name]}),e(z,{text:r.background}),r.desiredOutcome&&e("p",{children:["期待する成果: ",r.desiredOutcome]}),r.closesAt&&e("p",{class:"meta",children:["締切: ",Qe(r.closesAt)]}),r.tags.length>0&&e("p",{class:"tags",children:r.tags.map(o=>e("span",{class:"tag",children:o},o))}),e("p",{children:e("a",{href:k("/proposals/new",{challenge:r.id}),children:"この課題に提案する"})})]},r.id))})]}),e("section",{"aria-labelledby":"top-news",children:[e("h2",{id:"top-news",children:"お知らせ"}),t.data.announcements.edges.length===0&&e("p",{children:"お知らせはありません。"}),e("ul",{class:"news",children:t.data.announcements.edges.map(({node:r})=>e("li",{children:e("details",{children:[e("summary",{children:[e("span",{class:"meta",children:r.publishedAt?Qe(r.publishedAt):""})," ",r.category&&e("span",{class:"tag",children:r.category})," ",r.title]}),e(z,{text:r.body})]})},r.id))})]}),e("section",{"aria-labelledby":"top-desk",children:[e("h2",{id:"top-desk",children:"窓口"}),e("address",{children:[e("p",{children:[n.deskName,"（",n.deskDepartment,"）"]}),e("p",{children:["〒",n.postalCode," ",n.address]}),e("p",{children:["電話: ",n.phone]}),n.email&&e("p",{children:["メール: ",n.email]})]}),e("p",{children:[e("a",{href:k("/contact"),children:"お問合せフォーム"})," ・ ",e("a",{href:k("/methods"),children:"連携の手法"})]}),e("p",{class:"meta",children:["この画面の日付は和暦で表示しています（例: ",Z("2026-11-30"),"）。"]})]})]})]})}var Or=C(`
  query PortalFrame {
    municipality {
      name
      deskName
      phone
      primaryColor
      secondaryColor
    }
  }
`);function Fr(){let t=location.pathname.replace(/\/+$/,"");return t.endsWith("/verify-email")?"verify":t.endsWith("/reset-password")?"reset":null}function Lr(){let{path:t,query:n}=an(),r=Ke();F(()=>window.scrollTo(0,0),[t]);let o=Fr();if(o==="verify")return e(pn,{});if(o==="reset")return e(cn,{});let a;return t==="/"?e(Tn,{}):t==="/case-studies"?e(yn,{}):(a=He("/case-studies/:slug",t))?e(_n,{slug:a.slug},a.slug):t==="/agreements"?e(hn,{}):t==="/methods"?e(bn,{}):t==="/contact"?e(Pn,{}):t==="/signup"?e(sn,{}):t==="/confirm"?e(ln,{}):t==="/signin"?e(We,{}):!r&&(t==="/mypage"||t.startsWith("/proposals"))?e(We,{}):t==="/mypage"?e(Sn,{welcome:n.get("welcome")==="1"}):t==="/proposals/new"?e(wn,{challengeId:n.get("challenge")??""},n.get("challenge")??""):(a=He("/proposals/:id",t))?e(Dn,{id:a.id,sent:n.get("sent")==="1"},a.id):e(A,{title:"ページが見つかりません",children:e("p",{children:e("a",{href:k("/"),children:"トップへ"})})})}function Ur(){let t=L(Or,{}),n=Ke(),r=t.data?.municipality;return F(()=>{r?.primaryColor&&document.documentElement.style.setProperty("--primary",r.primaryColor),r?.secondaryColor&&document.documentElement.style.setProperty("--secondary",r.secondaryColor)},[r?.primaryColor,r?.secondaryColor]),e(D,{children:[e("a",{class:"skip",href:"#main",onClick:o=>(o.preventDefault(),document.getElementById("main")?.focus()),children:"本文へ移動"}),e("header",{class:"site",children:[e("p",{class:"brand",children:e("a",{href:k("/"),children:r?we(r):"公民連携ポータル"})}),e("nav",{"aria-label":"メインメニュー",children:e("ul",{children:[e("li",{children:e("a",{href:k("/"),children:"トップ"})}),e("li",{children:e("a",{href:k("/case-studies"),children:"連携事例"})}),e("li",{children:e("a",{href:k("/agreements"),children:"連携協定"})}),e("li",{children:e("a",{href:k("/methods"),children:"連携の手法"})}),e("li",{children:e("a",{href:k("/contact"),children:"お問合せ"})})]})}),e("nav",{"aria-label":"提案者メニュー",children:e("ul",{children:n?e(D,{children:[e("li",{children:e("a",{href:k("/mypage"),children:"マイページ"})}),e("li",{children:e("a",{href:k("/proposals/new"),children:"提案する"})}),e("li",{children:e("button",{type:"button",class:"link",onClick:()=>{un()},children:"ログアウト"})})]}):e(D,{children:[e("li",{children:e("a",{href:k("/signin"),children:"ログイン"})}),e("li",{children:e("a",{href:k("/signup"),children:"新規登録"})})]})})})]}),e("main",{id:"main",tabIndex:-1,children:e(Lr,{})}),e("footer",{class:"site",children:[e("p",{children:r?`${we(r)}　電話 ${r.phone}`:""}),e("p",{children:"このサイトは pppdesk のスターターポータルです。"})]})]})}dt(e(Ur,{}),document.getElementById("app"));
